package io.camelmws.component.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.ThrottleSpec;
import io.camelmws.component.signing.Fingerprint;

/**
 * Hands out the quota of each (access key, seller, throttle bucket) from the catalog's published values,
 * keeping the buckets in an {@link MwsBucketStore} so every endpoint and route that calls for a seller draws
 * from the same ones.
 */
public final class Throttler {

    /**
     * Requests are restored 1 % slower than MWS restores them, so the slack between this client's bucket and
     * MWS's grows by 1 % of a restore period with every paced request (see {@link OperationThrottle#SEND_LAG}
     * for the part that does not grow).
     */
    static final double PACING_FACTOR = 1.01;
    static final Duration HOUR = Duration.ofHours(1);

    private final MwsBucketStore store;
    private final double timeScale;
    /** The quotas handed out, by owner and action, so their state can be shown (health, metrics, dev console). */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(String credentials, String sellerId, String section, OperationThrottle throttle) {
    }

    /**
     * @param timeScale how much faster than real time the MWS being called runs its quotas (1 for MWS; more for a
     *                  sandbox started with a scaled clock): every restore period and hourly window is divided by it
     */
    public Throttler(MwsBucketStore store, double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be a positive number, was " + timeScale);
        }
        this.store = store;
        this.timeScale = timeScale;
    }

    /** The quota of this call, or null when the catalog publishes none for the operation. */
    public OperationThrottle forOperation(String accessKey, String sellerId, ResolvedOperation target) {
        ThrottleSpec spec = target.operation().throttle();
        if (spec == null) {
            return null;
        }
        // MWS meters per section: Orders' GetServiceStatus and Sellers' are different quotas.
        String owner = "mws:" + Fingerprint.of(accessKey) + ":" + sellerId + ":" + target.section().name() + ":";
        Duration restore = scaled(spec.restorePeriod()).multipliedBy(Math.round(PACING_FACTOR * 1000)).dividedBy(1000);
        Bucket burst = store.bucket(owner + "burst:" + spec.bucket(), () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(spec.burst()).refillGreedy(1, restore))
                .build());
        Bucket hourly = null;
        Duration hourPeriod = scaled(HOUR);
        if (spec.hasHourlyQuota()) {
            int quota = spec.hourlyQuota();
            hourly = store.bucket(owner + "hourly:" + target.action(), () -> BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(quota).refillIntervally(quota, hourPeriod))
                    .build());
        }
        OperationThrottle throttle = new OperationThrottle(target.action(), spec.bucket(), burst, spec.burst(), hourly, spec.hourlyQuota(), hourPeriod);
        known.putIfAbsent(owner + target.action(), new Known(Fingerprint.of(accessKey), sellerId, target.section().name(), throttle));
        return throttle;
    }

    /** The state of every quota this throttler handed out for {@code credentials} (an access key's fingerprint) and seller. */
    public List<QuotaSnapshot> quotasOf(String credentials, String sellerId) {
        List<QuotaSnapshot> snapshots = new ArrayList<>();
        for (Known quota : known.values()) {
            if (quota.credentials().equals(credentials) && java.util.Objects.equals(quota.sellerId(), sellerId)) {
                snapshots.add(quota.throttle().snapshot(credentials, sellerId, quota.section()));
            }
        }
        snapshots.sort(Comparator.comparing(QuotaSnapshot::section).thenComparing(QuotaSnapshot::action));
        return snapshots;
    }

    /** The quota of one operation for a seller, if one was handed out. */
    public OperationThrottle handedOut(String credentials, String sellerId, String section, String action) {
        for (Known quota : known.values()) {
            if (quota.credentials().equals(credentials) && java.util.Objects.equals(quota.sellerId(), sellerId) && quota.section().equals(section)
                && quota.throttle().action().equals(action)) {
                return quota.throttle();
            }
        }
        return null;
    }

    private Duration scaled(Duration published) {
        return Duration.ofNanos(Math.max(1, Math.round(published.toNanos() / timeScale)));
    }

}
