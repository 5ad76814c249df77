package io.camelmws.component.model.reports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** UpdateReportAcknowledgements: how many reports it updated, and those reports as they are now. */
public record UpdateReportAcknowledgementsResult(
        @JsonProperty("Count") Integer count,
        @JsonProperty("ReportInfo")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<ReportInfo> reportInfo) {

    public UpdateReportAcknowledgementsResult {
        reportInfo = reportInfo == null ? List.of() : List.copyOf(reportInfo);
    }
}
