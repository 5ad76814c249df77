package io.camelmws.component.model.reports;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One report ready for GetReport (GetReportList, UpdateReportAcknowledgements). */
public record ReportInfo(
        @JsonProperty("ReportId") String reportId,
        @JsonProperty("ReportType") String reportType,
        @JsonProperty("ReportRequestId") String reportRequestId,
        @JsonProperty("AvailableDate") Instant availableDate,
        @JsonProperty("Acknowledged") Boolean acknowledged,
        @JsonProperty("AcknowledgedDate") Instant acknowledgedDate) {
}
