package io.camelmws.component.pipeline;

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
    private volatile PayloadReading lastPayloadReading;

    /** MWS's payload time in one answer, and when that answer arrived here. */
    public record PayloadReading(Instant payloadTime, Instant receivedAt) {
    }

    public SkewCorrectedClock(Clock local) {
        this.local = local;
    }

    /** Records MWS's time {@code serverTime}, seen in an answer that arrived at local time {@code receivedAt}. */
    public Duration correct(Instant serverTime, Instant receivedAt) {
        long offset = serverTime.toEpochMilli() - receivedAt.toEpochMilli();
        offsetMillis.set(offset);
        return Duration.ofMillis(offset);
    }

    /** Notes MWS's payload time of an answer, so a later look-up can date what it looks for before it has asked. */
    public void observe(Instant payloadTime, Instant receivedAt) {
        if (payloadTime != null && receivedAt != null) {
            lastPayloadReading = new PayloadReading(payloadTime, receivedAt);
        }
    }

    /** The latest reading of MWS's payload time, or null before any answer said it. */
    public PayloadReading lastPayloadReading() {
        return lastPayloadReading;
    }

    /** MWS's time minus this JVM's, as last measured; zero until MWS refused a Timestamp. */
    public Duration offset() {
        return Duration.ofMillis(offsetMillis.get());
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
