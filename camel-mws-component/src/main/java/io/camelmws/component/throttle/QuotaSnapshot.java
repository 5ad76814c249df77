package io.camelmws.component.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * What is left of one operation's quota for one seller, as this client believes it (read when asked: for health
 * details, metrics and the dev console).
 *
 * @param credentials   the fingerprint of the access key, never the key
 * @param nextRefill    how long until the burst bucket gains a request; zero when it is full
 * @param hourlyQuota   the hourly quota MWS publishes for the operation, or null
 * @param hourlyLeft    requests left this hour, or null when there is no hourly quota
 * @param hourlyResetsOn when MWS said the hour ends (this JVM's clock), or null when not said yet
 */
public record QuotaSnapshot(String credentials, String sellerId, String section, String bucket, String action, long capacity,
                            long tokensLeft, Duration nextRefill, Integer hourlyQuota, Long hourlyLeft, Instant hourlyResetsOn) {

    /** How used up the burst bucket is: 0 when full, 1 when empty. */
    public double usage() {
        return capacity <= 0 ? 0 : 1 - (double) Math.max(0, tokensLeft) / capacity;
    }
}
