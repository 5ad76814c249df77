package io.camelmws.component.error;

/**
 * A call that changes state at MWS failed after it was sent, so MWS may or may not have carried it out. It
 * is not repeated blindly: the caller must find out (for SubmitFeed the component does so itself).
 */
public class MwsUncertainOutcomeException extends MwsException {

    public MwsUncertainOutcomeException(String action, Throwable cause) {
        super(action, 0, null, null, "the connection failed after the request was sent (" + cause.getClass().getSimpleName() + ": "
                                      + cause.getMessage() + "); MWS may have carried it out, so it was not repeated", null, null);
        initCause(cause);
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
