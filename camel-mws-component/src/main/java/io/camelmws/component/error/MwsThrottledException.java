package io.camelmws.component.error;

import java.time.Duration;

/**
 * The client-side throttle refused a call: with {@code throttling=fail} because no request was left, or
 * because the wait would exceed {@code maxThrottleWait}. Nothing was sent to MWS.
 */
public class MwsThrottledException extends MwsException {

    private final Duration retryAfter;

    public MwsThrottledException(String action, String quota, Duration retryAfter, String why) {
        super(action, 0, null, null, why + "; the " + quota + " quota has its next request in " + retryAfter.toMillis() + " ms", null, null);
        this.retryAfter = retryAfter;
    }

    /** How long until the quota allows the next request. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
