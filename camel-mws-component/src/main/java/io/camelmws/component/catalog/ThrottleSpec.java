package io.camelmws.component.catalog;

import java.time.Duration;

/**
 * The published quota of one operation: a bucket of {@code burst} requests, one request restored every
 * {@code restorePeriod}, and optionally a separate hourly quota. Operations naming the same {@code bucket}
 * draw from one bucket (ListOrders and ListOrdersByNextToken).
 *
 * @param perItem true where MWS meters items rather than requests (Products' list operations)
 */
public record ThrottleSpec(String bucket, int burst, Duration restorePeriod, Integer hourlyQuota, boolean perItem) {

    public boolean hasHourlyQuota() {
        return hourlyQuota != null;
    }
}
