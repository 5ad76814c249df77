package io.camelmws.component.retry;

import java.time.Duration;

/** What to do after a failed attempt. */
public sealed interface RetryDecision {

    /** Wait {@code delay}, then take a request from the quota again, sign afresh and send. */
    record RetryAfter(Duration delay) implements RetryDecision {
    }

    /**
     * MWS said the quota is used up: empty the client's bucket to match, wait for its next request and send again.
     *
     * @param resetsIn for QuotaExceeded, how long until the hourly quota resets; null for RequestThrottled (burst)
     */
    record WaitForQuota(Duration resetsIn) implements RetryDecision {
        public boolean hourly() {
            return resetsIn != null;
        }
    }

    /** MWS refused the Timestamp: take MWS's time from its answer and send again at once, signed with it. */
    record ReSign() implements RetryDecision {
    }

    /** The write may have been carried out: ask MWS whether it was, instead of sending it again. */
    record Recover() implements RetryDecision {
    }

    /** Give up; {@code failure} is what the exchange fails with. */
    record Fail(Exception failure) implements RetryDecision {
    }
}
