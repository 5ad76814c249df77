package io.camelmws.component.model;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What MWS says about a call besides its payload: request id, server time, hourly quota and the opaque
 * response context. Quota values are null on sections that do not send them (Orders, Sellers).
 *
 * @param receivedAt  when the answer's headers arrived, on this JVM's clock
 * @param sandboxTime a scaled sandbox's simulated time ({@code x-mws-sandbox-time}), in which it dates what its
 *                    payloads hold; null from MWS, whose payload dates follow its {@code x-mws-timestamp}
 */
public record ResponseMetadata(int httpStatus, String requestId, Instant timestamp, Double quotaMax, Double quotaRemaining,
                               Instant quotaResetsOn, String responseContext, String contentType, String date, String contentMd5,
                               Instant receivedAt, Instant sandboxTime) {

    /** MWS's time when it answered, in the clock its payloads are dated by (SubmittedDate, ...); null when not said. */
    public Instant payloadTime() {
        return sandboxTime != null ? sandboxTime : serverTime();
    }

    /**
     * MWS's idea of the time: {@code x-mws-timestamp}, else the HTTP {@code Date} header, else null. The Date header
     * is parsed only here, when a clock skew is being corrected: RFC 1123 parsing costs more than reading the rest of
     * the headers, and every answer has one.
     */
    public Instant serverTime() {
        if (timestamp != null || date == null) {
            return timestamp;
        }
        try {
            return ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
