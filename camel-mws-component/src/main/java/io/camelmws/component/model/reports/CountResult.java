package io.camelmws.component.model.reports;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GetReportCount, GetReportRequestCount or GetReportScheduleCount: how many the filters select. */
public record CountResult(
        @JsonProperty("Count") Integer count) {
}
