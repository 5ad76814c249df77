package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.ResponseBody;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.NewestFirstList;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.Pager;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GetReportList(ByNextToken), GetReportCount, GetReport and UpdateReportAcknowledgements (REFERENCE 9.1, 7.2):
 * the reports of requests that are {@code _DONE_}, and their documents.
 */
final class ReportOperations {

    static final String LIST = "GetReportList";
    private static final int MAX_IDS = 100;

    private final ReportStore store;
    private final NewestFirstList<ReportQuery, ReportRequest> reports;

    ReportOperations(ReportStore store, ReportTypes types) {
        this.store = store;
        this.reports = new NewestFirstList<>(LIST, (parameters, now) -> ReportQuery.read(parameters, now, store,
                types), this::available, request -> new Pager.Position(request.completedAt(), request.number()),
                ReportsXml::reportInfo);
    }

    SandboxResponse list(OperationCall call) {
        return reports.list(call);
    }

    SandboxResponse listByNextToken(OperationCall call) {
        return reports.listByNextToken(call);
    }

    SandboxResponse count(OperationCall call) {
        return reports.count(call);
    }

    /**
     * The report itself, not wrapped in XML, with {@code Content-MD5} of the exact bytes and
     * {@code x-amz-request-id} (REFERENCE 7.2); always streamed, so a multi-GiB report never sits in memory.
     */
    SandboxResponse getReport(OperationCall call) {
        String reportId = new WebServiceParameters(call.parameters()).required("ReportId");
        ReportRequest request = store.requestOfReport(reportId);
        if (request == null) {
            throw ReportErrors.invalidReportId(reportId);
        }
        switch (store.status(request, call.now())) {
            case SUBMITTED, IN_PROGRESS -> throw ReportErrors.reportNotReady(reportId);
            case CANCELLED, DONE_NO_DATA -> throw ReportErrors.invalidReportId(reportId);
            case DONE -> {
                if (request.completedAt().isBefore(call.now().minus(ReportStore.RETENTION))) {
                    throw ReportErrors.reportNoLongerAvailable(reportId);
                }
            }
        }
        ReportContent content = store.content(request);
        Map<String, String> headers = Map.of("Content-MD5", content.md5Base64(), "x-amz-request-id", call.requestId());
        return SandboxResponse.streaming(200, content.contentType(), headers, new ResponseBody() {
            @Override
            public long length() {
                return content.length();
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                content.writeTo(out);
            }
        });
    }

    /** Sets or clears the acknowledgement of up to 100 reports and returns them (REFERENCE 9.1). */
    SandboxResponse updateAcknowledgements(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        List<String> reportIds = parameters.list("ReportIdList.Id", MAX_IDS);
        if (reportIds.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("ReportIdList.Id.1"));
        }
        Boolean value = parameters.bool("Acknowledged");
        boolean acknowledged = value == null || value;
        List<ReportRequest> updated = new ArrayList<>();
        for (String reportId : reportIds) {
            ReportRequest request = store.requestOfReport(reportId);
            if (request == null || store.status(request, call.now()) != ReportProcessingStatus.DONE) {
                throw ReportErrors.invalidReportId(reportId);
            }
            updated.add(request);
        }
        updated.forEach(request -> request.acknowledge(acknowledged, call.now()));
        return WebServiceResponses.result(call, xml -> {
            xml.element("Count", Integer.toString(updated.size()));
            updated.forEach(request -> ReportsXml.reportInfo(xml, request));
        });
    }

    /** Done reports the query selects. */
    private List<ReportRequest> available(ReportQuery query, Instant now) {
        List<ReportRequest> reports = new ArrayList<>();
        for (ReportRequest request : store.requests()) {
            if (store.status(request, now) == ReportProcessingStatus.DONE && query.matches(request)) {
                reports.add(request);
            }
        }
        return reports;
    }

    /**
     * GetReportList's and GetReportCount's filters; ReportRequestIdList overrides the others (REFERENCE 9.1). The
     * Acknowledged filter applies to every report (MWS documents it for order reports only).
     */
    private record ReportQuery(List<String> requestIds, List<String> types, Boolean acknowledged, Instant from,
                               Instant to) implements NewestFirstList.Query {

        static ReportQuery read(WebServiceParameters parameters, Instant now, ReportStore store, ReportTypes catalog) {
            List<String> requestIds = parameters.list("ReportRequestIdList.Id", MAX_IDS);
            for (String id : requestIds) {
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
            return new ReportQuery(requestIds, types, parameters.bool("Acknowledged"),
                    parameters.date("AvailableFromDate", now.minus(ReportStore.RETENTION)),
                    parameters.date("AvailableToDate", now));
        }

        boolean matches(ReportRequest request) {
            if (!requestIds.isEmpty()) {
                return requestIds.contains(request.id());
            }
            return (types.isEmpty() || types.contains(request.type().name()))
                    && (acknowledged == null || acknowledged == request.acknowledged())
                    && !request.completedAt().isBefore(from) && !request.completedAt().isAfter(to);
        }

        @Override
        public Map<String, String> toState() {
            Map<String, String> state = new LinkedHashMap<>();
            WebServiceParameters.putList(state, "ReportRequestIdList.Id", requestIds);
            WebServiceParameters.putList(state, "ReportTypeList.Type", types);
            if (acknowledged != null) {
                state.put("Acknowledged", acknowledged.toString());
            }
            state.put("AvailableFromDate", from.toString());
            state.put("AvailableToDate", to.toString());
            return state;
        }
    }
}
