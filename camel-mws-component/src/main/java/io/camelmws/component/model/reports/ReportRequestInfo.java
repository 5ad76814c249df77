package io.camelmws.component.model.reports;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One report request (RequestReport, GetReportRequestList, CancelReportRequests). GeneratedReportId,
 * StartedProcessingDate and CompletedDate are null until MWS sends them; the status is kept as sent.
 */
public record ReportRequestInfo(
        @JsonProperty("ReportRequestId") String reportRequestId,
        @JsonProperty("ReportType") String reportType,
        @JsonProperty("StartDate") Instant startDate,
        @JsonProperty("EndDate") Instant endDate,
        @JsonProperty("Scheduled") Boolean scheduled,
        @JsonProperty("SubmittedDate") Instant submittedDate,
        @JsonProperty("ReportProcessingStatus") String reportProcessingStatusAsString,
        @JsonProperty("GeneratedReportId") String generatedReportId,
        @JsonProperty("StartedProcessingDate") Instant startedProcessingDate,
        @JsonProperty("CompletedDate") Instant completedDate) {

    /** The status as an enum; {@link ReportProcessingStatus#UNKNOWN} for one this version does not know. */
    public ReportProcessingStatus reportProcessingStatus() {
        return ReportProcessingStatus.fromValue(reportProcessingStatusAsString);
    }
}
