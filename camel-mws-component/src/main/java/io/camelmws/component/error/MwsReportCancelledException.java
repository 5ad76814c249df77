package io.camelmws.component.error;

/** The report request awaited was _CANCELLED_ at MWS (by the seller, a schedule change or MWS itself). */
public class MwsReportCancelledException extends MwsWorkflowException {

    public MwsReportCancelledException(String reportRequestId) {
        super("RequestReport", reportRequestId, "_CANCELLED_", "report request " + reportRequestId + " was cancelled (_CANCELLED_)");
    }
}
