package io.camelmws.component.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.ResponseMetadata;
import io.camelmws.component.throttle.OperationThrottle;
import io.camelmws.component.throttle.Throttler;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * Stage 1: takes a request from the seller's quota for the operation before an attempt is signed, and keeps that
 * quota in step with what MWS's answers say of it. A call that must wait holds a scheduled task, not a thread.
 */
public final class ThrottleStage {

    private static final CompletableFuture<Duration> NO_WAIT = CompletableFuture.completedFuture(Duration.ZERO);

    private final Throttler throttler;
    private final String accessKey;
    private final String sellerId;
    private final ThrottlingMode mode;
    private final Duration maxWait;
    private final ScheduledExecutorService scheduler;
    /** The quota of each operation, looked up once: the lookup hashes the access key. */
    private final Map<ResolvedOperation, Optional<OperationThrottle>> quotas = new ConcurrentHashMap<>();
    /** The last lookup, as one immutable pair so concurrent callers never see one operation with another's quota. */
    private volatile LastQuota last;

    private record LastQuota(ResolvedOperation target, OperationThrottle quota) {
    }

    public ThrottleStage(Throttler throttler, String accessKey, String sellerId, ThrottlingMode mode, Duration maxWait,
                         ScheduledExecutorService scheduler) {
        this.throttler = throttler;
        this.accessKey = accessKey;
        this.sellerId = sellerId;
        this.mode = mode;
        this.maxWait = maxWait;
        this.scheduler = scheduler;
    }

    /** Whether the client keeps quota buckets it can wait on (WAIT or FAIL). */
    public boolean throttles() {
        return mode != ThrottlingMode.OFF;
    }

    /**
     * Completes, with the time waited, once a request of the operation's quota (of {@code items} items where MWS meters
     * items, see {@link io.camelmws.component.catalog.ResolvedOperation#items}) is this attempt's: at once (the future is
     * already complete) or later on the scheduler. Fails with MwsThrottledException when {@code throttling=FAIL} has no
     * request left for a first attempt, or when the wait would exceed {@code maxThrottleWait}. Retries always wait:
     * MWS itself asked for them to.
     */
    CompletableFuture<Duration> admit(ResolvedOperation target, boolean firstAttempt, int items) {
        OperationThrottle quota = quotaOf(target);
        if (quota == null || quota.tryAcquireNow(items)) {
            return NO_WAIT;
        }
        if (firstAttempt && mode == ThrottlingMode.FAIL) {
            return CompletableFuture.failedFuture(quota.refuseNow());
        }
        return quota.acquire(items, maxWait, scheduler);
    }

    /** Follows the hourly quota MWS reports, its reset moved onto this JVM's clock (MWS's may differ from it). */
    void onAnswer(ResolvedOperation target, ResponseMetadata metadata) {
        OperationThrottle quota = quotaOf(target);
        if (quota != null && metadata != null && metadata.quotaRemaining() != null) {
            quota.onQuotaHeaders(metadata.quotaRemaining(), localResetsOn(metadata));
        }
    }

    /** MWS answered RequestThrottled: whatever the client believed, the burst bucket is empty. */
    void onThrottled(ResolvedOperation target) {
        OperationThrottle quota = quotaOf(target);
        if (quota != null) {
            quota.onThrottled();
        }
    }

    /** MWS answered QuotaExceeded: nothing is left of the hour, which ends {@code resetsIn} after the answer. */
    void onQuotaExceeded(ResolvedOperation target, ResponseMetadata metadata, Duration resetsIn) {
        OperationThrottle quota = quotaOf(target);
        if (quota != null) {
            quota.onQuotaExceeded(metadata.receivedAt().plus(resetsIn));
        }
    }

    /**
     * How long after the answer MWS's hourly quota resets, by MWS's own clock: its {@code resetsOn} against the
     * answer's own timestamp, so neither a skewed local clock nor a stale header makes a call wait a whole hour.
     */
    static Duration resetsIn(ResponseMetadata metadata) {
        if (metadata == null || metadata.quotaResetsOn() == null) {
            return null;
        }
        Instant mwsNow = metadata.serverTime() != null ? metadata.serverTime() : metadata.receivedAt();
        Duration left = Duration.between(mwsNow, metadata.quotaResetsOn());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Instant localResetsOn(ResponseMetadata metadata) {
        Duration left = resetsIn(metadata);
        return left == null ? null : metadata.receivedAt().plus(left);
    }

    private OperationThrottle quotaOf(ResolvedOperation target) {
        if (mode == ThrottlingMode.OFF) {
            return null;
        }
        LastQuota cached = last;
        if (cached != null && cached.target() == target) {
            return cached.quota();
        }
        OperationThrottle quota = quotas.computeIfAbsent(target, t -> Optional.ofNullable(throttler.forOperation(accessKey, sellerId, t)))
                .orElse(null);
        last = new LastQuota(target, quota);
        return quota;
    }
}
