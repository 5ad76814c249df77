package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ListFinancialEventGroups and ListFinancialEventGroupsByNextToken (Finances 2015-05-01): the groups that started in
 * [FinancialEventGroupStartedAfter, FinancialEventGroupStartedBefore), or were still Open at the start, by start;
 * MaxResultsPerPage (1-100, default 100) a page.
 */
final class FinancialEventGroupsHandler implements OperationHandler {

    static final String LIST = "ListFinancialEventGroups";
    private static final String AFTER = "FinancialEventGroupStartedAfter";
    private static final String BEFORE = "FinancialEventGroupStartedBefore";

    private final EventGroups groups;
    private final FinancesPaging paging;

    FinancialEventGroupsHandler(EventLedger ledger, EventGroups groups) {
        this.groups = groups;
        this.paging = new FinancesPaging(LIST, ledger.book());
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        FinancesPaging.Cursor cursor = LIST.equals(call.action()) ? first(call) : paging.resume(call);
        Instant after = Instant.parse(cursor.query().get(AFTER));
        Instant before = Instant.parse(cursor.query().get(BEFORE));
        List<EventGroup> selected = groups.at(cursor.readAt()).stream()
                .filter(group -> group.end().isAfter(after) && group.start().isBefore(before)).toList();
        FinancesPaging.Page<EventGroup> page = paging.page(selected, cursor);
        return WebServiceResponses.result(call, xml -> {
            xml.element("NextToken", page.nextToken());
            if (page.items().isEmpty()) {
                xml.element("FinancialEventGroupList", "");
            } else {
                xml.start("FinancialEventGroupList");
                page.items().forEach(group -> FinancesXml.group(xml, group));
                xml.end("FinancialEventGroupList");
            }
        });
    }

    private FinancesPaging.Cursor first(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        PostedWindow window = PostedWindow.read(parameters, AFTER, BEFORE, call.now());
        Map<String, String> query = new LinkedHashMap<>();
        query.put(AFTER, window.from().toString());
        query.put(BEFORE, window.to().toString());
        return paging.first(parameters, query, call.now());
    }
}
