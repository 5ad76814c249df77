package io.camelmws.sandbox.throttle;

import java.time.Duration;
import java.util.Objects;

/**
 * MWS's published limits for one operation or shared bucket (REFERENCE 2.1).
 *
 * @param maxRequests   the maximum request quota (burst): requests allowed back to back from a full bucket
 * @param restorePeriod the time in which one request comes back, up to {@code maxRequests}
 * @param hourlyQuota   requests allowed per hourly window, or {@code null} where MWS published none
 */
public record Quota(int maxRequests, Duration restorePeriod, Integer hourlyQuota) {

    public Quota {
        Objects.requireNonNull(restorePeriod, "restorePeriod");
        if (maxRequests < 1) {
            throw new IllegalArgumentException("Quota maximum request quota (burst) must be at least 1, was "
                    + maxRequests);
        }
        if (restorePeriod.isNegative() || restorePeriod.isZero()) {
            throw new IllegalArgumentException("Quota restore period must be positive, was " + restorePeriod);
        }
        if (hourlyQuota != null && hourlyQuota < 1) {
            throw new IllegalArgumentException("Quota hourly request quota must be at least 1 or null (none), was "
                    + hourlyQuota);
        }
    }
}
