package io.camelmws.component.model.reports;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A report type's schedule ({@code _1_DAY_}, {@code _NEVER_}, ...) and when MWS will next request it; ScheduledDate
 * is null for a schedule ManageReportSchedule just removed.
 */
public record ReportSchedule(
        @JsonProperty("ReportType") String reportType,
        @JsonProperty("Schedule") String schedule,
        @JsonProperty("ScheduledDate") Instant scheduledDate) {
}
