package io.camelmws.component.model.reports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** CancelReportRequests: how many requests it cancelled, and the requests it matched with their status now. */
public record CancelReportRequestsResult(
        @JsonProperty("Count") Integer count,
        @JsonProperty("ReportRequestInfo")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<ReportRequestInfo> reportRequestInfo) {

    public CancelReportRequestsResult {
        reportRequestInfo = reportRequestInfo == null ? List.of() : List.copyOf(reportRequestInfo);
    }
}
