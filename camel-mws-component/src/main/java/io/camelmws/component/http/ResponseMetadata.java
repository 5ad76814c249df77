package io.camelmws.component.http;

import java.time.Instant;

/**
 * What MWS says about a call besides its payload: request id, server time, hourly quota and the opaque
 * response context. Quota values are null on sections that do not send them (Orders, Sellers).
 */
public record ResponseMetadata(int httpStatus, String requestId, Instant timestamp, Double quotaMax, Double quotaRemaining,
                               Instant quotaResetsOn, String responseContext, String contentType, Instant date, String contentMd5) {

    /** MWS's idea of the time: {@code x-mws-timestamp}, else the HTTP {@code Date} header, else null. */
    public Instant serverTime() {
        return timestamp != null ? timestamp : date;
    }
}
