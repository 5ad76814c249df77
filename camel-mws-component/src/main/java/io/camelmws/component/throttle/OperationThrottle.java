package io.camelmws.component.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;

import io.camelmws.component.error.MwsThrottledException;

/**
 * The quota one call draws from: the burst bucket of its throttle bucket (shared, e.g. by ListOrders and
 * ListOrdersByNextToken) and, where MWS publishes one, the operation's hourly quota. MWS's own answers
 * correct it: a RequestThrottled empties the burst bucket, the quota headers set what is left this hour.
 */
public final class OperationThrottle {

    /**
     * How long after its reserved moment a request that had to wait is sent. MWS's bucket starts when the first
     * request of a burst arrives, which is later than this client took its token; a paced request that travels
     * faster than that first one would otherwise arrive early. The lag is added to each waiting request's send,
     * not to the bucket, so it covers network jitter once instead of adding up over a long run; the bucket's
     * 1 % slower refill ({@link Throttler#PACING_FACTOR}) covers the drift that does add up.
     */
    static final Duration SEND_LAG = Duration.ofMillis(10);

    private final String action;
    private final String bucketName;
    private final Bucket burst;
    private final int burstSize;
    private final Bucket hourly;
    private final Integer hourlyQuota;
    private final Duration hourlyPeriod;
    private final long burstCapacity;
    private volatile Instant alignedResetsOn;

    OperationThrottle(String action, String bucketName, Bucket burst, Bucket hourly, Integer hourlyQuota, Duration hourlyPeriod) {
        this(action, bucketName, burst, 0, hourly, hourlyQuota, hourlyPeriod);
    }

    OperationThrottle(String action, String bucketName, Bucket burst, long burstCapacity, Bucket hourly, Integer hourlyQuota, Duration hourlyPeriod) {
        this.burstCapacity = burstCapacity;
        this.burstSize = (int) burstCapacity;
        this.action = action;
        this.bucketName = bucketName;
        this.burst = burst;
        this.hourly = hourly;
        this.hourlyQuota = hourlyQuota;
        this.hourlyPeriod = hourlyPeriod;
    }

    /** Takes a request from the quota if one is available now, without waiting. */
    public boolean tryAcquireNow() {
        return tryAcquireNow(1);
    }

    /**
     * Takes a request of {@code items} items (Products' list operations, where MWS meters each id of the list against
     * the burst bucket; the hourly quota counts requests) if the quota has them now. A request of more items than the
     * bucket holds costs a full bucket, as it does at MWS: MWS refuses such a request by its size, not by its quota.
     */
    public boolean tryAcquireNow(int items) {
        if (hourly != null && !hourly.tryConsume(1)) {
            return false;
        }
        if (burst.tryConsume(cost(items))) {
            return true;
        }
        if (hourly != null) {
            hourly.addTokens(1);
        }
        return false;
    }

    /**
     * Reserves a request, completing when it is due (on {@code scheduler}, holding no thread meanwhile) with the
     * time waited; completes exceptionally with an MwsThrottledException when the wait would exceed {@code maxWait}.
     */
    public CompletableFuture<Duration> acquire(Duration maxWait, ScheduledExecutorService scheduler) {
        return acquire(1, maxWait, scheduler);
    }

    /** {@link #acquire(Duration, ScheduledExecutorService)} of a request of {@code items} items (see {@link #tryAcquireNow(int)}). */
    public CompletableFuture<Duration> acquire(int items, Duration maxWait, ScheduledExecutorService scheduler) {
        long cost = cost(items);
        long start = System.nanoTime();
        CompletableFuture<Boolean> hourlyReserved = hourly == null ? CompletableFuture.completedFuture(true)
                : hourly.asScheduler().tryConsume(1, maxWait.toNanos(), scheduler);
        boolean hourlyWaits = !hourlyReserved.isDone();
        return hourlyReserved.thenCompose(gotHourly -> {
            if (!gotHourly) {
                throw refusal(hourly, "hourly", "waiting for " + action + "'s hourly quota would exceed maxThrottleWait (" + maxWait.toMillis() + " ms)");
            }
            long remaining = Math.max(0, maxWait.toNanos() - (System.nanoTime() - start));
            CompletableFuture<Boolean> burstReserved = burst.asScheduler().tryConsume(cost, remaining, scheduler);
            // Bucket4j completes at once when a token is there; a future still pending is a request that waits.
            boolean waits = hourlyWaits || !burstReserved.isDone();
            return burstReserved.thenCompose(gotBurst -> {
                if (!gotBurst) {
                    if (hourly != null) {
                        hourly.addTokens(1);
                    }
                    throw refusal(burst, "request", "waiting for the " + bucketName + " quota would exceed maxThrottleWait (" + maxWait.toMillis() + " ms)");
                }
                return waits ? lagged(scheduler) : CompletableFuture.completedFuture(null);
            }).thenApply(sent -> Duration.ofNanos(System.nanoTime() - start));
        });
    }

    private long cost(int items) {
        return Math.max(1, Math.min(items, burstSize));
    }

    private static CompletableFuture<Void> lagged(ScheduledExecutorService scheduler) {
        CompletableFuture<Void> due = new CompletableFuture<>();
        scheduler.schedule(() -> due.complete(null), SEND_LAG.toNanos(), TimeUnit.NANOSECONDS);
        return due;
    }

    /** The refusal for {@code throttling=fail}: says how long until the next request is allowed. */
    public MwsThrottledException refuseNow() {
        Bucket limiting = hourly != null && hourly.getAvailableTokens() < 1 ? hourly : burst;
        return refusal(limiting, limiting == hourly ? "hourly" : "request", "no " + action + " request is left in the quota right now (throttling=fail)");
    }

    private MwsThrottledException refusal(Bucket bucket, String kind, String why) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return new MwsThrottledException(action, bucketName + " " + kind, Duration.ofNanos(nanos), why);
    }

    /** The operation this quota is for. */
    public String action() {
        return action;
    }

    /** Whether a request is available now, without taking it (the health check's probe asks before it is sent). */
    public boolean availableNow() {
        return burst.getAvailableTokens() >= 1 && (hourly == null || hourly.getAvailableTokens() >= 1);
    }

    /** What is left of this quota now, for {@code credentials} (a fingerprint), seller and section. */
    public QuotaSnapshot snapshot(String credentials, String sellerId, String section) {
        long left = burst.getAvailableTokens();
        Duration nextRefill = burstCapacity > 0 && left >= burstCapacity ? Duration.ZERO
                : Duration.ofNanos(burst.estimateAbilityToConsume(Math.max(1, left + 1)).getNanosToWaitForRefill());
        return new QuotaSnapshot(credentials, sellerId, section, bucketName, action, burstCapacity, left, nextRefill, hourlyQuota,
                hourly == null ? null : hourly.getAvailableTokens(), alignedResetsOn);
    }

    /** MWS answered RequestThrottled: whatever this client believed, the burst bucket is empty. */
    public void onThrottled() {
        burst.tryConsumeAsMuchAsPossible();
    }

    /**
     * MWS answered QuotaExceeded: nothing is left this hour, and the hour ends at {@code resetsOn} (on this JVM's clock)
     * when known. A reset already past means MWS's next hour has begun: nothing to empty then.
     */
    public void onQuotaExceeded(Instant resetsOn) {
        if (hourly == null || (resetsOn != null && !resetsOn.isAfter(Instant.now()))) {
            return;
        }
        hourly.tryConsumeAsMuchAsPossible();
        align(resetsOn);
    }

    /**
     * Follows what MWS says is left of the hourly quota ({@code x-mws-quota-remaining}) and when its hour ends
     * ({@code x-mws-quota-resetsOn}, already moved onto this JVM's clock).
     */
    public void onQuotaHeaders(Double remaining, Instant resetsOn) {
        if (hourly == null || remaining == null) {
            return;
        }
        long told = (long) Math.floor(remaining);
        long believed = hourly.getAvailableTokens();
        if (told < believed) {
            hourly.tryConsumeAsMuchAsPossible(believed - told);
        } else if (told > believed) {
            hourly.addTokens(told - believed);
        }
        align(resetsOn);
    }

    /** Whether the bucket as stored already refills on {@code resetsOn}'s window (within a sixtieth of it). */
    private boolean alreadyAligned(Instant resetsOn) {
        Bandwidth[] limits = hourly.asVerbose().getAvailableTokens().getConfiguration().getBandwidths();
        if (limits.length != 1 || !limits[0].isIntervallyAligned()) {
            return false;
        }
        long period = hourlyPeriod.toMillis();
        long offset = Math.floorMod(resetsOn.toEpochMilli() - limits[0].getTimeOfFirstRefillMillis(), period);
        long tolerance = Math.max(1, period / 60);
        return offset < tolerance || period - offset < tolerance;
    }

    /** Moves the hourly refill onto MWS's own window, once per window it reports. */
    private void align(Instant resetsOn) {
        // Bucket4j aligns refills on a future instant; a past one carries no news. Answers of one window give resets that
        // differ by their network delay: within a sixtieth of the window they are the same reset, not a new alignment.
        Instant aligned = alignedResetsOn;
        if (resetsOn == null || !resetsOn.isAfter(Instant.now())
            || (aligned != null && Duration.between(aligned, resetsOn).abs().compareTo(hourlyPeriod.dividedBy(60)) < 0)) {
            return;
        }
        alignedResetsOn = resetsOn;
        if (alreadyAligned(resetsOn)) {
            // Another instance sharing this bucket (a remote store) aligned it on this window: a second RESET would only
            // race with the takes of the instances in between.
            return;
        }
        // Not TokensInheritanceStrategy.AS_IS: it keeps the bucket's old refill timing as well as its tokens, so the new
        // alignment never took effect and a used-up hour came back a whole hour after the bucket was made, not at
        // resetsOn. RESET starts the aligned refill; the tokens the bucket had are then restored by taking the rest away.
        long available = Math.max(0, hourly.getAvailableTokens());
        hourly.replaceConfiguration(BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(hourlyQuota).refillIntervallyAligned(hourlyQuota, hourlyPeriod, resetsOn))
                .build(), TokensInheritanceStrategy.RESET);
        long surplus = hourly.getAvailableTokens() - available;
        if (surplus > 0) {
            hourly.tryConsumeAsMuchAsPossible(surplus);
        }
    }

}
