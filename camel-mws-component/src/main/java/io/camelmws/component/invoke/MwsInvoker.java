package io.camelmws.component.invoke;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsThrottledException;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.http.HttpSettings;
import io.camelmws.component.http.MwsHttpSender;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.component.http.MwsResponse;
import io.camelmws.component.http.RequestDocument;
import io.camelmws.component.report.DownloadSpooler;
import io.camelmws.component.http.ResponseMetadata;
import io.camelmws.component.throttle.OperationThrottle;
import io.camelmws.component.throttle.Throttler;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * Carries out MWS calls the way MWS wants them retried: within the client-side quota, waiting without
 * holding a thread, re-signing every attempt, and repeating only what is safe to repeat.
 * <ul>
 * <li>RequestThrottled: the burst bucket is emptied and the call waits for its next token.</li>
 * <li>QuotaExceeded: the hourly bucket is emptied until {@code resetsOn}; waits past maxThrottleWait fail.</li>
 * <li>RequestExpired: the clock skew is measured from MWS's answer, and the call re-signed once.</li>
 * <li>Server errors and I/O failures before sending: exponential back-off with full jitter.</li>
 * <li>I/O failures after sending: reads are repeated; SubmitFeed is looked up; other writes fail as uncertain.</li>
 * </ul>
 */
public final class MwsInvoker {

    private static final Logger LOG = LoggerFactory.getLogger(MwsInvoker.class);

    private final MwsRequestFactory requestFactory;
    private final Supplier<CloseableHttpClient> httpClient;
    private final HttpSettings httpSettings;
    private final Throttler throttler;
    private final String accessKey;
    private final String sellerId;
    private final InvokeSettings settings;
    private final SkewCorrectedClock clock;
    private final ScheduledExecutorService scheduler;
    private final Executor senders;
    private final SubmitFeedRecovery feedRecovery;
    private final DownloadSpooler spooler;
    /** The quota of each operation this invoker calls, looked up once: the lookup hashes the access key. */
    private final java.util.Map<ResolvedOperation, java.util.Optional<OperationThrottle>> throttles = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last lookup, as one immutable pair so concurrent callers never see one operation with another's quota. */
    private volatile LastThrottle last;

    private record LastThrottle(ResolvedOperation target, OperationThrottle throttle) {
    }

    public MwsInvoker(MwsRequestFactory requestFactory, Supplier<CloseableHttpClient> httpClient, HttpSettings httpSettings, Throttler throttler,
                      String accessKey, String sellerId, InvokeSettings settings, SkewCorrectedClock clock, ScheduledExecutorService scheduler,
                      Executor senders, DownloadSpooler spooler) {
        this.requestFactory = requestFactory;
        this.httpClient = httpClient;
        this.httpSettings = httpSettings;
        this.throttler = throttler;
        this.accessKey = accessKey;
        this.sellerId = sellerId;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = scheduler;
        this.senders = senders;
        this.feedRecovery = new SubmitFeedRecovery(this);
        this.spooler = spooler;
    }

    /**
     * Starts a call. When the quota has a request available it is sent on the calling thread and the returned
     * future is already complete; otherwise it completes on a worker thread once the call is done.
     */
    public CompletableFuture<MwsResult> invoke(ResolvedOperation target, SortedMap<String, String> parameters, RequestDocument document,
                                               CallStats stats) {
        Call call = new Call(target, parameters, document, stats);
        call.start();
        return call.result;
    }

    /** Settings and clock this invoker works with (the SubmitFeed recovery reuses them). */
    SkewCorrectedClock clock() {
        return clock;
    }

    private final class Call {
        final ResolvedOperation target;
        final SortedMap<String, String> parameters;
        final RequestDocument document;
        final CallStats stats;
        final OperationThrottle throttle;
        final CompletableFuture<MwsResult> result = new CompletableFuture<>();
        Instant firstSentAt;
        boolean reSigned;

        Call(ResolvedOperation target, SortedMap<String, String> parameters, RequestDocument document, CallStats stats) {
            this.target = target;
            this.parameters = parameters;
            this.document = document;
            this.stats = stats;
            this.throttle = settings.throttling() == ThrottlingMode.OFF ? null : throttleOf(target);
        }

        void start() {
            if (throttle == null || throttle.tryAcquireNow()) {
                send();
                return;
            }
            if (settings.throttling() == ThrottlingMode.FAIL) {
                result.completeExceptionally(throttle.refuseNow());
                return;
            }
            acquireThenSend();
        }

        /** The next attempt, after the quota has a request for it. */
        void acquireThenSend() {
            if (throttle == null) {
                dispatch(this::send);
                return;
            }
            throttle.acquire(settings.maxThrottleWait(), scheduler).whenComplete((waited, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(unwrap(failure));
                    return;
                }
                stats.waited(waited.toNanos());
                dispatch(this::send);
            });
        }

        void send() {
            stats.attempted();
            MwsRequest request;
            try {
                request = requestFactory.create(target, parameters, clock, document);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (firstSentAt == null) {
                firstSentAt = clock.instant();
            }
            try {
                MwsResponse response = MwsHttpSender.send(httpClient.get(), request, httpSettings, target.operation().returnsDocument());
                onAnswer(response.metadata());
                if (response.stream() != null) {
                    // Verified before the call completes, so a bad download is retried like any failed read.
                    response = new MwsResponse(response.metadata(), null, null,
                            spooler.spool(target.action(), response.stream(), response.metadata(), response.metadata().contentMd5()));
                }
                result.complete(new MwsResult(response, stats.attempts(), stats.throttleWaitMillis(), false));
            } catch (MwsException e) {
                onMwsError(e);
            } catch (IOException e) {
                onIoFailure(e);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        void onAnswer(ResponseMetadata metadata) {
            if (throttle != null && metadata != null) {
                throttle.onQuotaHeaders(metadata.quotaRemaining(), metadata.quotaResetsOn());
            }
        }

        void onMwsError(MwsException e) {
            ResponseMetadata metadata = e.getResponseMetadata();
            onAnswer(metadata);
            String code = e.getErrorCode() == null ? "" : e.getErrorCode();
            boolean retriesLeft = stats.attempts() <= settings.maxRetries();
            switch (code) {
                case "RequestThrottled" -> {
                    if (throttle != null && retriesLeft) {
                        throttle.onThrottled();
                        LOG.debug("{} was throttled by MWS; waiting for the next token (attempt {})", target.action(), stats.attempts());
                        acquireThenSend();
                    } else {
                        backOffOrFail(e, retriesLeft);
                    }
                }
                case "QuotaExceeded" -> onQuotaExceeded(e, metadata, retriesLeft);
                case "RequestExpired" -> {
                    Instant serverTime = metadata == null ? null : metadata.serverTime();
                    if (!reSigned && serverTime != null) {
                        reSigned = true;
                        Duration skew = clock.correct(serverTime, clock.localInstant());
                        LOG.warn("MWS refused {} as expired; the local clock is {} ms off MWS's, re-signing with a corrected Timestamp",
                                target.action(), -skew.toMillis());
                        dispatch(this::send);
                    } else {
                        result.completeExceptionally(e);
                    }
                }
                default -> backOffOrFail(e, retriesLeft && e.isRetryable());
            }
        }

        void onQuotaExceeded(MwsException e, ResponseMetadata metadata, boolean retriesLeft) {
            Instant resetsOn = metadata == null ? null : metadata.quotaResetsOn();
            if (throttle == null || resetsOn == null || !retriesLeft) {
                result.completeExceptionally(e);
                return;
            }
            throttle.onQuotaExceeded(resetsOn);
            Duration wait = Duration.between(Instant.now(), resetsOn);
            if (wait.compareTo(settings.maxThrottleWait()) > 0) {
                MwsThrottledException refused = new MwsThrottledException(target.action(), target.action() + " hourly", wait,
                        "MWS answered QuotaExceeded and the quota resets beyond maxThrottleWait (" + settings.maxThrottleWait().toMillis() + " ms)");
                refused.initCause(e);
                result.completeExceptionally(refused);
                return;
            }
            LOG.info("{}: hourly quota exhausted at MWS; waiting until it resets at {}", target.action(), resetsOn);
            acquireThenSend();
        }

        void onIoFailure(IOException e) {
            FailureKind kind = FailureKind.of(e);
            boolean retriesLeft = stats.attempts() <= settings.maxRetries();
            if (kind == FailureKind.NOT_SENT || target.operation().isRead()) {
                backOffOrFail(e, retriesLeft);
            } else if ("SubmitFeed".equals(target.action()) && retriesLeft) {
                LOG.warn("SubmitFeed failed after it was sent ({}); asking MWS whether it arrived before sending it again", e.toString());
                feedRecovery.lookUp(target, parameters, firstSentAt).whenComplete((found, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(new MwsUncertainOutcomeException(target.action(), e));
                    } else if (found != null) {
                        result.complete(new MwsResult(found, stats.attempts(), stats.throttleWaitMillis(), true));
                    } else {
                        acquireThenSend();
                    }
                });
            } else {
                result.completeExceptionally(new MwsUncertainOutcomeException(target.action(), e));
            }
        }

        void backOffOrFail(Exception e, boolean retry) {
            if (!retry) {
                result.completeExceptionally(e);
                return;
            }
            long delay = fullJitter(stats.attempts());
            LOG.debug("{} failed ({}); retrying in {} ms (attempt {} of {})", target.action(), e.getMessage(), delay, stats.attempts() + 1,
                    settings.maxRetries() + 1);
            try {
                scheduler.schedule(this::acquireThenSend, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopped) {
                result.completeExceptionally(e);
            }
        }

        void dispatch(Runnable step) {
            try {
                senders.execute(step);
            } catch (RejectedExecutionException stopped) {
                result.completeExceptionally(new IllegalStateException("The mws component is stopping; " + target.action() + " was not sent", stopped));
            }
        }
    }

    private OperationThrottle throttleOf(ResolvedOperation target) {
        LastThrottle cached = last;
        if (cached != null && cached.target() == target) {
            return cached.throttle();
        }
        OperationThrottle throttle = throttles.computeIfAbsent(target,
                t -> java.util.Optional.ofNullable(throttler.forOperation(accessKey, sellerId, t))).orElse(null);
        last = new LastThrottle(target, throttle);
        return throttle;
    }

    /** A random delay in [0, min(maxRetryDelay, retryDelay * 2^(attempt-1))]: spreads retries so clients do not stampede. */
    long fullJitter(int attempt) {
        long base = settings.retryDelay().toMillis();
        long cap = settings.maxRetryDelay().toMillis();
        long exponential = attempt >= 31 ? cap : Math.min(cap, base << Math.max(0, attempt - 1));
        return ThreadLocalRandom.current().nextLong(exponential + 1);
    }

    public static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
