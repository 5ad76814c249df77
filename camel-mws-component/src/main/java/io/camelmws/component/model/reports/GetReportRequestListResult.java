package io.camelmws.component.model.reports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of GetReportRequestList or GetReportRequestListByNextToken, newest first. */
public record GetReportRequestListResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("HasNext") Boolean hasNext,
        @JsonProperty("ReportRequestInfo")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<ReportRequestInfo> reportRequestInfo) {

    public GetReportRequestListResult {
        reportRequestInfo = reportRequestInfo == null ? List.of() : List.copyOf(reportRequestInfo);
    }
}
