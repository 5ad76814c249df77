package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.NewestFirstList;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.Pager;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RequestReport, GetReportRequestList(ByNextToken), GetReportRequestCount and CancelReportRequests
 * (REFERENCE 9.1): submitting report requests and finding them again by id, type, status and date.
 */
final class ReportRequestOperations {

    static final String LIST = "GetReportRequestList";
    private static final int MAX_IDS = 100;
    /** CancelReportRequests describes at most this many of the requests it matched. */
    private static final int MAX_SHOWN = 100;

    private final ReportStore store;
    private final ReportTypes types;
    private final NewestFirstList<RequestQuery, Matched> requests;

    ReportRequestOperations(ReportStore store, ReportTypes types) {
        this.store = store;
        this.types = types;
        this.requests = new NewestFirstList<>(LIST, (parameters, now) -> RequestQuery.read(parameters, now, store,
                types), this::matching, match -> new Pager.Position(match.request().submittedAt(),
                match.request().number()), (xml, match) -> ReportsXml.requestInfo(xml, match.request(),
                match.status()));
    }

    SandboxResponse requestReport(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        ReportType type = requestableType(parameters.required("ReportType"));
        Instant startDate = parameters.date("StartDate", null);
        Instant endDate = parameters.date("EndDate", null);
        if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
            throw new OperationFailure(MwsError.of(400, "InvalidParameterValue", "StartDate "
                    + parameters.optional("StartDate") + " is after EndDate " + parameters.optional("EndDate") + "."));
        }
        Map<String, String> options = reportOptions(parameters.optional("ReportOptions"));
        if ("synthetic".equals(type.content())) {
            SyntheticReportContent.fromOptions(options);
        }
        List<String> marketplaces = parameters.marketplaceIds();
        ReportRequest request = store.submit(type, startDate, endDate, options,
                marketplaces.isEmpty() ? List.of(MarketplaceLocale.DEFAULT.id()) : marketplaces, false, call.now());
        ReportProcessingStatus status = store.status(request, call.now());
        return WebServiceResponses.result(call, xml -> ReportsXml.requestInfo(xml, request, status));
    }

    SandboxResponse list(OperationCall call) {
        return requests.list(call);
    }

    SandboxResponse listByNextToken(OperationCall call) {
        return requests.listByNextToken(call);
    }

    SandboxResponse count(OperationCall call) {
        return requests.count(call);
    }

    /**
     * Cancels what has not started. Count is every request the filters matched, cancelled or not, and each comes
     * back without GeneratedReportId: a recorded answer counted two {@code _DONE_} requests it did not cancel as
     * {@code Count} 2 and listed them without report ids (REFERENCE 9.1, docs/sandbox.md).
     */
    SandboxResponse cancel(OperationCall call) {
        RequestQuery query = RequestQuery.read(new WebServiceParameters(call.parameters()), call.now(), store, types);
        List<Matched> matches = requests.newestFirst(query, call.now());
        List<Matched> shown = new ArrayList<>();
        for (Matched match : matches) {
            match.request().cancel(call.now());
            if (shown.size() < MAX_SHOWN) {
                shown.add(new Matched(match.request(), store.status(match.request(), call.now())));
            }
        }
        int count = matches.size();
        return WebServiceResponses.result(call, xml -> {
            xml.element("Count", Integer.toString(count));
            shown.forEach(match -> ReportsXml.cancelledRequestInfo(xml, match.request(), match.status()));
        });
    }

    /** The requests the query selects, with their status at {@code now}. */
    private List<Matched> matching(RequestQuery query, Instant now) {
        List<Matched> matches = new ArrayList<>();
        for (ReportRequest request : store.requests()) {
            ReportProcessingStatus status = store.status(request, now);
            if (query.matches(request, status)) {
                matches.add(new Matched(request, status));
            }
        }
        return matches;
    }

    private ReportType requestableType(String name) {
        ReportType type = types.find(name);
        if (type == null) {
            throw ReportErrors.unknownReportType(name, types.simulatedNames());
        }
        if (!type.requestable()) {
            throw ReportErrors.notRequestable(name);
        }
        if (!type.simulated()) {
            throw ReportErrors.notSimulated(name, types.simulatedNames());
        }
        return type;
    }

    /** {@code ShowSalesChannel=true;size=1024}: pairs separated by {@code ;}; a pair without {@code =} is ignored. */
    static Map<String, String> reportOptions(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    options.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
        }
        return options;
    }

    private record Matched(ReportRequest request, ReportProcessingStatus status) {
    }

    /**
     * The filters shared by the list, count and cancel operations. Ids, when given, override every other
     * filter, dates included (REFERENCE 9.1).
     */
    private record RequestQuery(List<String> ids, List<String> types, List<String> statuses, Instant from,
                                Instant to) implements NewestFirstList.Query {

        static RequestQuery read(WebServiceParameters parameters, Instant now, ReportStore store,
                                 ReportTypes catalog) {
            List<String> ids = parameters.list("ReportRequestIdList.Id", MAX_IDS);
            for (String id : ids) {
                if (store.request(id) == null) {
                    throw ReportErrors.invalidReportRequestId();
                }
            }
            List<String> types = parameters.list("ReportTypeList.Type", MAX_IDS);
            for (String type : types) {
                if (!catalog.known(type)) {
                    throw ReportErrors.unknownReportType(type, catalog.simulatedNames());
                }
            }
            List<String> statuses = parameters.list("ReportProcessingStatusList.Status", MAX_IDS);
            WebServiceParameters.requireAll("ReportProcessingStatusList.Status", statuses,
                    ReportProcessingStatus.wireNames());
            Instant from = parameters.date("RequestedFromDate", now.minus(ReportStore.RETENTION));
            Instant to = parameters.date("RequestedToDate", now);
            return new RequestQuery(ids, types, statuses, from, to);
        }

        boolean matches(ReportRequest request, ReportProcessingStatus status) {
            if (!ids.isEmpty()) {
                return ids.contains(request.id());
            }
            return (types.isEmpty() || types.contains(request.type().name()))
                    && (statuses.isEmpty() || statuses.contains(status.wireName()))
                    && !request.submittedAt().isBefore(from) && !request.submittedAt().isAfter(to);
        }

        /** The query as parameters, dates fixed, for a NextToken. */
        @Override
        public Map<String, String> toState() {
            Map<String, String> state = new LinkedHashMap<>();
            WebServiceParameters.putList(state, "ReportRequestIdList.Id", ids);
            WebServiceParameters.putList(state, "ReportTypeList.Type", types);
            WebServiceParameters.putList(state, "ReportProcessingStatusList.Status", statuses);
            state.put("RequestedFromDate", from.toString());
            state.put("RequestedToDate", to.toString());
            return state;
        }
    }
}
