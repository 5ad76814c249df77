package io.camelmws.component.error;

import java.util.List;

/**
 * A feed awaited whose processing report lists errors (with failOnFeedErrors=true), or that was cancelled.
 * {@link #getFailures()} names each failing message.
 */
public class MwsFeedProcessingException extends MwsWorkflowException {

    /** One failing message of a processing report. */
    public record MessageFailure(String messageId, String resultCode, String resultMessageCode, String description, String sku) {
        @Override
        public String toString() {
            return "message " + messageId + (sku == null ? "" : " (SKU " + sku + ")") + ": " + resultCode + " " + resultMessageCode + " " + description;
        }
    }

    private final List<MessageFailure> failures;

    public MwsFeedProcessingException(String feedSubmissionId, String processingStatus, String why, List<MessageFailure> failures) {
        super("SubmitFeed", feedSubmissionId, processingStatus, why + (failures.isEmpty() ? "" : ": " + failures));
        this.failures = List.copyOf(failures);
    }

    public List<MessageFailure> getFailures() {
        return failures;
    }
}
