package io.camelmws.component.error;

import java.util.List;

/**
 * A call that changes state at MWS failed in a way that leaves open whether MWS carried it out (the connection was
 * lost after sending, or the answer could not be read), and the component could not prove either way. It was not
 * repeated: the route must find out. {@link #getCandidates()} lists the submissions MWS holds that could be this
 * call's, when a look-up found more than one.
 */
public class MwsUncertainOutcomeException extends MwsException {

    private final List<String> candidates;

    public MwsUncertainOutcomeException(String action, Throwable cause, int attempts) {
        super(action, 0, null, null, "MWS may or may not have carried it out (" + describe(cause) + "), " + attempts
                                      + (attempts == 1 ? " attempt" : " attempts") + "; it was not repeated", null, null);
        this.candidates = List.of();
        initCause(cause);
    }

    /** A look-up that found {@code candidates} (none of them provably this call's) or could not be completed. */
    public MwsUncertainOutcomeException(String action, String why, List<String> candidates, Throwable cause) {
        super(action, 0, null, null, why + (candidates.isEmpty() ? "" : "; candidates at MWS: " + String.join(", ", candidates))
                                     + "; it was not repeated", null, null);
        this.candidates = List.copyOf(candidates);
        if (cause != null) {
            initCause(cause);
        }
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** Submission ids (FeedSubmissionId, ReportRequestId) that MWS received in the attempt's time and none of which is known. */
    public List<String> getCandidates() {
        return candidates;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
