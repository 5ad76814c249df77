package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ListFinancialEvents and ListFinancialEventsByNextToken (Finances 2015-05-01): the events of one order
 * (AmazonOrderId), of one settlement period (FinancialEventGroupId) or posted in [PostedAfter, PostedBefore), exactly
 * one of the three; MaxResultsPerPage (1-100, default 100) events a page, by PostedDate. A window wider than 180
 * days returns no events, as the section's page says. The first page fixes the window and the instant the events
 * are read at, so later pages neither skip nor repeat one.
 */
final class FinancialEventsHandler implements OperationHandler {

    static final String LIST = "ListFinancialEvents";
    private static final List<String> FILTERS = List.of("AmazonOrderId", "FinancialEventGroupId", "PostedAfter");
    private static final Duration WIDEST_WINDOW = Duration.ofDays(180);

    private final EventLedger ledger;
    private final EventGroups groups;
    private final FinancesPaging paging;

    FinancialEventsHandler(EventLedger ledger, EventGroups groups) {
        this.ledger = ledger;
        this.groups = groups;
        this.paging = new FinancesPaging(LIST, ledger.book());
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        FinancesPaging.Cursor cursor = LIST.equals(call.action()) ? first(call) : paging.resume(call);
        List<FinancialEvent> events = events(cursor.query(), cursor.readAt());
        FinancesPaging.Page<FinancialEvent> page = paging.page(events, cursor);
        return WebServiceResponses.result(call, xml -> {
            xml.element("NextToken", page.nextToken());
            FinancesXml.events(xml, page.items());
        });
    }

    private FinancesPaging.Cursor first(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        List<String> given = FILTERS.stream().filter(name -> parameters.optional(name) != null).toList();
        if (given.isEmpty()) {
            throw new OperationFailure(MwsError.of(400, "MissingParameter",
                    "The request must contain one of AmazonOrderId, FinancialEventGroupId or PostedAfter."));
        }
        if (given.size() > 1) {
            throw OperationFailure.invalid("Only one of AmazonOrderId, FinancialEventGroupId or PostedAfter may be "
                    + "specified; the request has " + String.join(" and ", given) + ".");
        }
        if (parameters.optional("PostedBefore") != null && parameters.optional("PostedAfter") == null) {
            throw new OperationFailure(MwsError.of(400, "MissingParameter",
                    "PostedBefore needs PostedAfter: the request must contain the parameter PostedAfter."));
        }
        Map<String, String> query = new LinkedHashMap<>();
        String filter = given.get(0);
        if ("PostedAfter".equals(filter)) {
            PostedWindow window = PostedWindow.read(parameters, "PostedAfter", "PostedBefore", call.now());
            query.put("PostedAfter", window.from().toString());
            query.put("PostedBefore", window.to().toString());
        } else {
            query.put(filter, parameters.optional(filter));
        }
        if (query.containsKey("FinancialEventGroupId")
                && groups.find(query.get("FinancialEventGroupId"), call.now()).isEmpty()) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("FinancialEventGroupId",
                    query.get("FinancialEventGroupId"), "the id of one of the seller's financial event groups"));
        }
        return paging.first(parameters, query, call.now());
    }

    private List<FinancialEvent> events(Map<String, String> query, Instant readAt) {
        if (query.containsKey("AmazonOrderId")) {
            return ledger.ofOrder(query.get("AmazonOrderId"), readAt);
        }
        if (query.containsKey("FinancialEventGroupId")) {
            return groups.find(query.get("FinancialEventGroupId"), readAt)
                    .map(group -> groups.eventsOf(group, readAt)).orElse(List.of());
        }
        Instant from = Instant.parse(query.get("PostedAfter"));
        Instant to = Instant.parse(query.get("PostedBefore"));
        if (Duration.between(from, to).compareTo(WIDEST_WINDOW) > 0) {
            return List.of();
        }
        return ledger.postedBetween(from, to);
    }
}
