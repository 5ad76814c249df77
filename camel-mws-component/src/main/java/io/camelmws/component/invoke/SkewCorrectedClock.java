package io.camelmws.component.invoke;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local clock corrected by the offset measured against MWS's own time after a RequestExpired, so every
 * later Timestamp is one MWS accepts.
 */
public final class SkewCorrectedClock extends Clock {

    private final Clock local;
    private final AtomicLong offsetMillis = new AtomicLong();

    public SkewCorrectedClock(Clock local) {
        this.local = local;
    }

    /** Records MWS's time {@code serverTime}, seen in an answer that arrived at local time {@code receivedAt}. */
    public Duration correct(Instant serverTime, Instant receivedAt) {
        long offset = serverTime.toEpochMilli() - receivedAt.toEpochMilli();
        offsetMillis.set(offset);
        return Duration.ofMillis(offset);
    }

    public Instant localInstant() {
        return local.instant();
    }

    @Override
    public Instant instant() {
        return local.instant().plusMillis(offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("MWS timestamps are UTC");
    }
}
