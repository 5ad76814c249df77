package io.camelmws.component.retry;

import java.time.Duration;

import io.camelmws.component.error.MwsException;

/**
 * One failed attempt, as the retry policy needs to know it.
 *
 * @param kind       whether MWS may have carried the request out
 * @param errorCode  MWS's error code when it answered with one (RequestThrottled, QuotaExceeded, ...), else null
 * @param httpStatus the answer's HTTP status, 0 when no answer arrived
 * @param quotaReset how long after the answer the hourly quota resets, by MWS's own clock; null when not said
 * @param cause      what the attempt failed with
 */
public record Failure(FailureKind kind, String errorCode, int httpStatus, Duration quotaReset, Exception cause) {

    /** An ErrorResponse or another non-2xx answer. */
    public static Failure answered(MwsException error, Duration quotaReset) {
        return new Failure(FailureKind.ANSWERED, error.getErrorCode(), error.getHttpStatus(), quotaReset, error);
    }

    public static Failure transport(java.io.IOException cause) {
        return new Failure(FailureKind.of(cause), null, 0, null, cause);
    }

    public static Failure garbled(MwsException unreadable) {
        return new Failure(FailureKind.GARBLED, null, unreadable.getHttpStatus(), null, unreadable);
    }

    public static Failure contentMismatch(MwsException mismatch) {
        return new Failure(FailureKind.CONTENT_MISMATCH, null, mismatch.getHttpStatus(), null, mismatch);
    }

    boolean is(String code) {
        return code.equals(errorCode);
    }
}
