package io.camelmws.sandbox.reports;

import java.util.Arrays;
import java.util.List;

/** The ReportProcessingStatus values (REFERENCE 9.1), with their wire names. */
public enum ReportProcessingStatus {

    SUBMITTED("_SUBMITTED_"),
    IN_PROGRESS("_IN_PROGRESS_"),
    CANCELLED("_CANCELLED_"),
    DONE("_DONE_"),
    DONE_NO_DATA("_DONE_NO_DATA_");

    private final String wireName;

    ReportProcessingStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(ReportProcessingStatus::wireName).toList();
    }
}
