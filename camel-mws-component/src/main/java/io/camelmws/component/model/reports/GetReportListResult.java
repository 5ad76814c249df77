package io.camelmws.component.model.reports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of GetReportList or GetReportListByNextToken, newest first. */
public record GetReportListResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("HasNext") Boolean hasNext,
        @JsonProperty("ReportInfo")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<ReportInfo> reportInfo) {

    public GetReportListResult {
        reportInfo = reportInfo == null ? List.of() : List.copyOf(reportInfo);
    }
}
