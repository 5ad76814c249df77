package io.camelmws.component.workflow;

/**
 * What a status poll learned of one report request or feed submission.
 *
 * @param generatedReportId the report's id once a report request is _DONE_ (may be absent even then)
 */
public record ProcessingStatus(String id, String status, String generatedReportId) {

    public boolean isFinal() {
        return status.equals("_DONE_") || status.equals("_DONE_NO_DATA_") || status.equals("_CANCELLED_");
    }
}
