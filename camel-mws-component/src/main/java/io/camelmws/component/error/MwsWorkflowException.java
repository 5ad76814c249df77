package io.camelmws.component.error;

/**
 * A report or feed workflow (await=true) that ended without the document it waited for: cancelled, no data,
 * processing errors, or a timeout. {@link #getWorkflowId()} is the ReportRequestId or FeedSubmissionId to
 * resume or inspect it with.
 */
public class MwsWorkflowException extends MwsException {

    private final String workflowId;
    private final String processingStatus;

    public MwsWorkflowException(String action, String workflowId, String processingStatus, String why) {
        super(action, 0, null, null, why, null, null);
        this.workflowId = workflowId;
        this.processingStatus = processingStatus;
    }

    public String getWorkflowId() {
        return workflowId;
    }

    /** MWS's last processing status (_CANCELLED_, _DONE_NO_DATA_, ...), or null when it was never seen. */
    public String getProcessingStatus() {
        return processingStatus;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
