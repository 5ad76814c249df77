package io.camelmws.component.model.reports;

import io.camelmws.component.model.MwsValue;

/** A report request's processing status; {@link ReportRequestInfo#reportProcessingStatusAsString()} keeps the text. */
public enum ReportProcessingStatus implements MwsValue {
    SUBMITTED("_SUBMITTED_"),
    IN_PROGRESS("_IN_PROGRESS_"),
    CANCELLED("_CANCELLED_"),
    DONE("_DONE_"),
    /** Processed, but there was nothing to report: no GeneratedReportId. */
    DONE_NO_DATA("_DONE_NO_DATA_"),
    /** A status this version of the component does not know. */
    UNKNOWN(null);

    private final String value;

    ReportProcessingStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    public static ReportProcessingStatus fromValue(String text) {
        return MwsValue.of(ReportProcessingStatus.class, text, UNKNOWN);
    }
}
