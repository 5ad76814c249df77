package io.camelmws.component.model.reports;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The request RequestReport made. */
public record RequestReportResult(
        @JsonProperty("ReportRequestInfo") ReportRequestInfo reportRequestInfo) {
}
