package io.camelmws.component.error;

import java.io.IOException;

/**
 * No answer came from MWS: the connection could not be made, was cut, or timed out, on every attempt allowed. The
 * cause is the last attempt's I/O failure.
 */
public class MwsTransportException extends MwsException {

    private final int attempts;
    private final boolean possiblySent;

    /**
     * @param possiblySent whether the last attempt may have reached MWS (only operations the catalog marks
     *                     repeatable fail this way; others fail with {@link MwsUncertainOutcomeException})
     */
    public MwsTransportException(String action, IOException cause, int attempts, boolean possiblySent) {
        super(action, 0, null, null, describe(cause, attempts, possiblySent), null, null);
        this.attempts = attempts;
        this.possiblySent = possiblySent;
        initCause(cause);
    }

    private static String describe(IOException cause, int attempts, boolean possiblySent) {
        return (possiblySent ? "the connection failed after the request was sent" : "the request could not be sent") + " ("
               + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "), " + attempts
               + (attempts == 1 ? " attempt" : " attempts");
    }

    /** Attempts made, the last one included. */
    public int getAttempts() {
        return attempts;
    }

    public boolean isPossiblySent() {
        return possiblySent;
    }

    /** Later may work: the network or MWS may be back. */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
