package io.camelmws.sandbox.throttle;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.clock.SimulationClock;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.MwsTimestamps;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MWS's throttling on the simulation clock (REFERENCE 2.1-2.4): a leaky bucket per (AWSAccessKeyId, seller,
 * bucket) and, where one is published, an hourly window per (AWSAccessKeyId, seller, operation) that opens at the
 * first request (on the whole minute, as MWS's reset times are) and resets an hour later. A request refused by the
 * bucket consumes neither; one refused by the hourly quota does not drain the bucket.
 * <p>
 * The bucket is kept as its theoretical arrival time (the generic cell rate algorithm, exactly a leaky bucket), so
 * the arithmetic is exact on instants: no fractional tokens, no rounding. A request that arrives up to
 * {@link #EARLY_ARRIVAL_TOLERANCE} of wall time (at most half a restore period) before its restore is let through:
 * network and scheduling jitter is scaled with the clock, and at 240 times real speed 40 ms of it are ten simulated
 * seconds, enough to throttle a client that keeps exactly to the quota by its own clock.
 * <p>
 * Where MWS restores "items" rather than requests (Products' list-taking operations, REFERENCE 2.2), the rule
 * names the list parameter ({@code items.} lines of {@code quotas.properties}) and a request moves the theoretical
 * arrival by one restore period per id it lists ({@link QuotaTable.Rule#cost}): twenty SKUs empty a bucket of
 * twenty at once, one SKU takes one place. The hourly window still counts requests.
 */
public final class Throttler {

    public static final String QUOTA_MAX = "x-mws-quota-max";
    public static final String QUOTA_REMAINING = "x-mws-quota-remaining";
    public static final String QUOTA_RESETS_ON = "x-mws-quota-resetsOn";

    /** Wall time by which a request may beat its bucket's restore (see the class comment). */
    public static final Duration EARLY_ARRIVAL_TOLERANCE = Duration.ofMillis(50);

    private static final Duration HOUR = Duration.ofHours(1);
    /** {@code java.util.Date#toString()} in UTC, as MWS's Java back end printed it. */
    private static final DateTimeFormatter JAVA_DATE = DateTimeFormatter
            .ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private final QuotaTable table;
    private final SimulationClock clock;
    /** {@link #EARLY_ARRIVAL_TOLERANCE} in simulated time. */
    private final Duration tolerance;
    private volatile boolean enabled;

    /** Guarded by {@code this}: the work per request is a few comparisons, far below the HTTP cost. */
    private final Map<String, Instant> theoreticalArrival = new HashMap<>();
    private final Map<String, HourlyWindow> hourlyWindows = new HashMap<>();

    public Throttler(QuotaTable table, SimulationClock clock, boolean enabled) {
        this.table = table;
        this.clock = clock;
        this.tolerance = Duration.ofNanos(Math.round(EARLY_ARRIVAL_TOLERANCE.toNanos() * clock.timeScale()));
        this.enabled = enabled;
    }

    /**
     * What throttling says about one authenticated request.
     *
     * @param refusal the error to answer instead of the operation, or {@code null} to proceed
     * @param headers the {@code x-mws-quota-*} headers every answer to this request carries (maybe empty)
     */
    public record Admission(MwsError refusal, Map<String, String> headers) {
        static final Admission FREE = new Admission(null, Map.of());
    }

    public boolean enabled() {
        return enabled;
    }

    /** Off: every request passes and no quota header is sent; the counters stand still. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Fills every bucket and closes every hourly window. */
    public synchronized void reset() {
        theoreticalArrival.clear();
        hourlyWindows.clear();
    }

    /** Counts the request against its bucket and hourly window, or refuses it; one item. */
    public Admission admit(String accessKey, String sellerId, Section section, String action) {
        return admit(accessKey, sellerId, section, action, Map.of());
    }

    /**
     * Counts the request against its bucket and hourly window, or refuses it.
     *
     * @param parameters the request's parameters, where an operation that counts items finds its ids
     */
    public Admission admit(String accessKey, String sellerId, Section section, String action,
                           Map<String, String> parameters) {
        if (!enabled) {
            return Admission.FREE;
        }
        QuotaTable.Rule rule = table.rule(section, action);
        if (rule == null) {
            return Admission.FREE;
        }
        Quota quota = rule.quota();
        String account = accessKey + '\n' + sellerId + '\n';
        Instant now = clock.instant();
        synchronized (this) {
            String bucketKey = account + rule.bucket();
            Instant arrival = theoreticalArrival.getOrDefault(bucketKey, now);
            Instant next = (arrival.isBefore(now) ? now : arrival)
                    .plus(quota.restorePeriod().multipliedBy(rule.cost(parameters)));
            // Less than one restore period, or the tolerance would add requests to the burst.
            Duration early = tolerance.compareTo(quota.restorePeriod().dividedBy(2)) < 0 ? tolerance
                    : quota.restorePeriod().dividedBy(2);
            Duration capacity = quota.restorePeriod().multipliedBy(quota.maxRequests()).plus(early);
            boolean bucketAllows = Duration.between(now, next).compareTo(capacity) <= 0;

            HourlyWindow window = null;
            if (quota.hourlyQuota() != null) {
                String windowKey = account + rule.label();
                window = hourlyWindows.get(windowKey);
                if (window == null || !now.isBefore(window.resetsAt)) {
                    window = new HourlyWindow(now.truncatedTo(ChronoUnit.MINUTES).plus(HOUR));
                    if (bucketAllows) {
                        hourlyWindows.put(windowKey, window);
                    }
                }
            }
            if (!bucketAllows) {
                return new Admission(MwsErrors.requestThrottled(),
                        headers(quota, window));
            }
            if (window != null && window.used >= quota.hourlyQuota()) {
                Instant resetsOn = clock.toWall(window.resetsAt);
                return new Admission(new MwsError(503, "Sender", "QuotaExceeded", "You exceeded your quota of "
                        + decimal(quota.hourlyQuota()) + " requests per 1 hour for operation " + rule.label()
                        + ".  Your quota will reset on " + JAVA_DATE.format(resetsOn)), headers(quota, window));
            }
            theoreticalArrival.put(bucketKey, next);
            if (window != null) {
                window.used++;
            }
            return window == null ? Admission.FREE : new Admission(null, headers(quota, window));
        }
    }

    private Map<String, String> headers(Quota quota, HourlyWindow window) {
        if (window == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(QUOTA_MAX, decimal(quota.hourlyQuota()));
        headers.put(QUOTA_REMAINING, decimal(Math.max(0, quota.hourlyQuota() - window.used)));
        // The wall instant at which the simulated window resets: a client that sleeps until then is right.
        headers.put(QUOTA_RESETS_ON, MwsTimestamps.header(clock.toWall(window.resetsAt)));
        return headers;
    }

    /** MWS writes quotas as doubles: {@code 30.0}. */
    private static String decimal(int value) {
        return value + ".0";
    }

    private static final class HourlyWindow {
        final Instant resetsAt;
        int used;

        HourlyWindow(Instant resetsAt) {
            this.resetsAt = resetsAt;
        }
    }
}
