package io.camelmws.component.error;

/** The report request awaited finished as _DONE_NO_DATA_ and the endpoint has failOnNoData=true. */
public class MwsReportNoDataException extends MwsWorkflowException {

    public MwsReportNoDataException(String reportRequestId) {
        super("RequestReport", reportRequestId, "_DONE_NO_DATA_", "report request " + reportRequestId + " has no data (_DONE_NO_DATA_)");
    }
}
