package io.camelmws.sandbox.gateway;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Checks a request's freshness (REFERENCE 4.2): a {@code Timestamp} within 15 minutes of the sandbox clock,
 * or an {@code Expires} that has not passed yet.
 */
public final class RequestTimeWindow {

    /** The AWS Signature Version 2 convention; MWS's own wording of it is not retrievable. */
    public static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);

    /**
     * ISO 8601 date-time with an optional {@code Z} or {@code +HH:MM} offset (no offset means UTC). An offset
     * without a colon such as {@code +0000} does not match, which is what MWS answered with MalformedInput.
     */
    private static final DateTimeFormatter ISO_8601 = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    private RequestTimeWindow() {
    }

    /**
     * @return the error to answer, or {@code null} when the request is fresh
     */
    public static MwsError check(String timestamp, String expires, Instant now) {
        if (timestamp == null && expires == null) {
            return MwsErrors.missingParameter("Timestamp");
        }
        if (timestamp != null) {
            Instant signedAt = parse(timestamp);
            if (signedAt == null) {
                return MwsErrors.malformedTimestamp();
            }
            if (signedAt.isBefore(now.minus(ALLOWED_SKEW))) {
                return MwsErrors.timestampTooOld(timestamp);
            }
            if (signedAt.isAfter(now.plus(ALLOWED_SKEW))) {
                return MwsErrors.timestampTooNew(timestamp);
            }
        }
        if (expires != null) {
            Instant expiresAt = parse(expires);
            if (expiresAt == null) {
                return MwsErrors.malformedTimestamp();
            }
            if (!expiresAt.isAfter(now)) {
                return MwsErrors.expired(expires);
            }
        }
        return null;
    }

    /** The instant a Timestamp or Expires value names, or {@code null} if it is not ISO 8601. */
    public static Instant parse(String value) {
        try {
            TemporalAccessor parsed = ISO_8601.parse(value);
            return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.from(parsed).toInstant()
                    : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
