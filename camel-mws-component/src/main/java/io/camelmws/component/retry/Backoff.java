package io.camelmws.component.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * Exponential back-off with full jitter: a random delay in [0, min(cap, base * 2^(attempt-1))], so clients that failed
 * together do not come back together.
 */
public final class Backoff {

    private final long baseMillis;
    private final long capMillis;
    /** Given an inclusive upper bound, a value in [0, bound]; random in production, chosen in tests. */
    private final LongUnaryOperator jitter;

    public Backoff(Duration base, Duration cap) {
        this(base, cap, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }

    public Backoff(Duration base, Duration cap, LongUnaryOperator jitter) {
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.jitter = jitter;
    }

    /** The largest delay after the {@code attempt}-th attempt (1-based). */
    public Duration ceiling(int attempt) {
        int doublings = Math.max(0, attempt - 1);
        // Shifting past the base's leading zeros would overflow: the cap has long been reached by then.
        long exponential = doublings >= Long.numberOfLeadingZeros(baseMillis) - 1 ? capMillis : Math.min(capMillis, baseMillis << doublings);
        return Duration.ofMillis(exponential);
    }

    /** The delay before the attempt after the {@code attempt}-th one. */
    public Duration delay(int attempt) {
        return Duration.ofMillis(jitter.applyAsLong(ceiling(attempt).toMillis()));
    }
}
