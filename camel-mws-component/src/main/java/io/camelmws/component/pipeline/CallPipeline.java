package io.camelmws.component.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsContentMismatchException;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.model.MwsResponse;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.model.RequestDocument;
import io.camelmws.component.retry.RetryDecision;

/**
 * One MWS call, stage by stage. Each attempt runs
 * <ol>
 * <li>{@link ThrottleStage}: a request from the seller's quota (now, or later without holding a thread),</li>
 * <li>{@link SigningStage}: common parameters, Timestamp, Signature Version 2,</li>
 * <li>{@link SendStage}: HttpClient 5 with MWS's User-Agent, the endpoint's timeouts and proxy,</li>
 * <li>{@link HandleResponseStage}: quota feedback, the answer read whole or the document verified,</li>
 * </ol>
 * and a failed one goes to
 * <ol start="5">
 * <li>{@link RetryableStage}: the retry policy's decision: back off, wait for the quota, re-sign, look the write
 * up ({@link OutcomeRecovery}), or fail.</li>
 * </ol>
 * The first attempt runs on the caller's thread when the quota has a request for it at once; anything that had to wait
 * runs on the component's worker threads. Whatever happens, the returned future completes.
 */
public final class CallPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(CallPipeline.class);

    private final ThrottleStage throttle;
    private final SigningStage signing;
    private final SendStage send;
    private final HandleResponseStage handle;
    private final RetryableStage retryable;
    private final OutcomeRecovery recovery;
    private final ScheduledExecutorService scheduler;
    private final Executor workers;
    private final CallObserver observer;

    /**
     * @param recovery builds the look-up for writes whose outcome was lost; it calls MWS through this pipeline
     */
    public CallPipeline(ThrottleStage throttle, SigningStage signing, SendStage send, HandleResponseStage handle, RetryableStage retryable,
                        Function<CallPipeline, OutcomeRecovery> recovery, ScheduledExecutorService scheduler, Executor workers) {
        this(throttle, signing, send, handle, retryable, recovery, scheduler, workers, CallObserver.NONE);
    }

    /**
     * @param observer told what each call did (health, metrics); {@link CallObserver#NONE} for nothing
     */
    public CallPipeline(ThrottleStage throttle, SigningStage signing, SendStage send, HandleResponseStage handle, RetryableStage retryable,
                        Function<CallPipeline, OutcomeRecovery> recovery, ScheduledExecutorService scheduler, Executor workers,
                        CallObserver observer) {
        this.observer = observer;
        this.throttle = throttle;
        this.signing = signing;
        this.send = send;
        this.handle = handle;
        this.retryable = retryable;
        this.scheduler = scheduler;
        this.workers = workers;
        this.recovery = recovery.apply(this);
    }

    /**
     * Starts a call. When the quota has a request available it is sent on the calling thread and the returned future
     * is already complete; otherwise it completes on a worker thread once the call is done.
     *
     * @param document the document the operation uploads (SubmitFeed), else null
     */
    public CompletableFuture<MwsResult> call(ResolvedOperation target, SortedMap<String, String> parameters, RequestDocument document,
                                             CallStats stats) {
        return call(target, parameters, document, stats, null);
    }

    /**
     * A call whose answer scan also notes {@code listed} items (a consumer's list page), so they need not be read again.
     *
     * @param listed the items to note in the answer, or null
     */
    public CompletableFuture<MwsResult> call(ResolvedOperation target, SortedMap<String, String> parameters, RequestDocument document,
                                             CallStats stats, io.camelmws.component.xml.ListedItems listed) {
        Call call = new Call(target, parameters, document, stats, listed);
        if (observer == CallObserver.NONE) {
            call.admitThenAttempt(true);
            return call.result;
        }
        // The caller gets the stage that runs after the observer, so a call's metrics are recorded before anyone sees
        // its answer (dependent stages of one future run in no promised order).
        long start = System.nanoTime();
        CompletableFuture<MwsResult> observed = call.result.whenComplete((done, failure) -> {
            try {
                observer.completed(target, failure, System.nanoTime() - start);
            } catch (RuntimeException e) {
                // A failing meter registry must not turn a call's answer into its own failure.
                LOG.warn("Recording the outcome of {} failed: {}", target.action(), e.toString());
            }
        });
        call.admitThenAttempt(true);
        return observed;
    }

    /**
     * Finds out at MWS what became of a write that another process (or this one before a restart) began at
     * {@code startedAt} and never saw answered, as a lost answer is looked up: {@code knownIds} were handed to other
     * writes, and {@code othersUnderWay} are when other writes of the same kind, whose ids are not known yet, began.
     */
    public CompletableFuture<OutcomeRecovery.Outcome> lookUpWrite(ResolvedOperation write, SortedMap<String, String> parameters, Instant startedAt,
                                                                  java.util.Collection<String> knownIds, java.util.Collection<Instant> othersUnderWay) {
        knownIds.forEach(recovery::known);
        java.util.List<SubmissionLedger.Write> others = othersUnderWay.stream().map(at -> recovery.began(write, parameters, at)).toList();
        SubmissionLedger.Write self = recovery.began(write, parameters, startedAt);
        CompletableFuture<OutcomeRecovery.Outcome> outcome;
        try {
            outcome = recovery.lookUp(write, parameters, self);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        return outcome.whenComplete((found, failure) -> {
            recovery.ended(self, found instanceof OutcomeRecovery.Found);
            // The other writes are not this process's to end: they leave the ledger as if their ids were known.
            others.forEach(other -> recovery.ended(other, true));
        });
    }

    /** The MWS clock as this pipeline knows it (skew-corrected). */
    public SkewCorrectedClock clock() {
        return signing.clock();
    }

    private final class Call {
        final ResolvedOperation target;
        final SortedMap<String, String> parameters;
        final RequestDocument document;
        final CallStats stats;
        final io.camelmws.component.xml.ListedItems listed;
        final CompletableFuture<MwsResult> result = new CompletableFuture<>();
        Instant firstAttemptAt;
        SubmissionLedger.Write write;
        boolean reSigned;

        Call(ResolvedOperation target, SortedMap<String, String> parameters, RequestDocument document, CallStats stats,
             io.camelmws.component.xml.ListedItems listed) {
            this.target = target;
            this.parameters = parameters;
            this.document = document;
            this.stats = stats;
            this.listed = listed;
        }

        /** Stage 1, then the attempt: on this thread when no wait was needed and this is the caller's thread. */
        void admitThenAttempt(boolean onCallerThread) {
            CompletableFuture<Duration> admitted;
            try {
                admitted = throttle.admit(target, stats.attempts() == 0, target.items(parameters));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (onCallerThread && admitted.isDone() && !admitted.isCompletedExceptionally()) {
                observer.admitted(target, admitted.join().toNanos());
                attempt();
                return;
            }
            admitted.whenComplete((waited, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(RetryableStage.unwrap(failure));
                    return;
                }
                stats.waited(waited.toNanos());
                observer.admitted(target, waited.toNanos());
                dispatch(this::attempt);
            });
        }

        /** Stages 2 to 4; a failure goes to stage 5. */
        void attempt() {
            try {
                stats.attempted();
                if (firstAttemptAt == null) {
                    firstAttemptAt = Instant.now();
                    if (target.operation().startsWorkflow().isPresent()) {
                        // Under way until the call ends: other writes' look-ups must not take its submission for theirs.
                        SubmissionLedger.Write begun = recovery.began(target, parameters, firstAttemptAt);
                        write = begun;
                        result.whenComplete((done, failure) -> recovery.ended(begun, done != null));
                    }
                }
                MwsRequest request = signing.sign(target, parameters, document);
                MwsResponse answer = send.send(request, target, listed);
                MwsResult done = handle.handle(target, answer, stats, listed);
                if (done.response().document() != null) {
                    observer.downloaded(target, done.response().document().length());
                }
                result.complete(done);
            } catch (Throwable failure) {
                // Errors too (an OutOfMemoryError while reading an answer): the exchange must always complete.
                onFailure(failure);
            }
        }

        void onFailure(Throwable failure) {
            if (failure instanceof MwsException error) {
                handle.onError(target, error);
                if ("RequestThrottled".equals(error.getErrorCode()) || "QuotaExceeded".equals(error.getErrorCode())) {
                    observer.throttledAnswer(target, error.getErrorCode());
                }
                if (failure instanceof MwsContentMismatchException) {
                    observer.contentMismatch(target);
                }
            }
            RetryDecision decision;
            try {
                decision = retryable.onFailure(target, failure, stats.attempts(), reSigned);
            } catch (Throwable unexpected) {
                unexpected.addSuppressed(failure);
                result.completeExceptionally(unexpected);
                return;
            }
            carryOut(decision, failure);
        }

        void carryOut(RetryDecision decision, Throwable failure) {
            // Java 17: no pattern switch, so the decisions are told apart in the order the policy documents them.
            if (!(decision instanceof RetryDecision.Fail)) {
                observer.retrying(target, CallObserver.outcomeOf(failure));
            }
            if (decision instanceof RetryDecision.RetryAfter retry) {
                LOG.debug("{} failed ({}); retrying in {} ms (attempt {})", target.action(), failure.toString(), retry.delay().toMillis(),
                        stats.attempts() + 1);
                schedule(retry.delay(), () -> admitThenAttempt(false), failure);
            } else if (decision instanceof RetryDecision.WaitForQuota wait) {
                LOG.debug("{}: MWS says the {} quota is used up; waiting for it (attempt {})", target.action(),
                        wait.hourly() ? "hourly" : "request", stats.attempts());
                admitThenAttempt(false);
            } else if (decision instanceof RetryDecision.ReSign) {
                reSigned = true;
                LOG.warn("MWS refused {} as expired; the local clock is {} ms off MWS's, re-signing with a corrected Timestamp",
                        target.action(), -clock().offset().toMillis());
                dispatch(this::attempt);
            } else if (decision instanceof RetryDecision.Recover) {
                recover(failure);
            } else {
                result.completeExceptionally(((RetryDecision.Fail) decision).failure());
            }
        }

        void recover(Throwable failure) {
            LOG.warn("{} may or may not have reached MWS ({}); asking MWS before anything is sent again", target.action(), failure.toString());
            CompletableFuture<OutcomeRecovery.Outcome> lookUp;
            try {
                lookUp = recovery.lookUp(target, parameters, write);
            } catch (RuntimeException e) {
                lookUp = CompletableFuture.failedFuture(e);
            }
            lookUp.whenComplete((outcome, lookUpFailure) -> {
                if (lookUpFailure != null) {
                    Throwable cause = RetryableStage.unwrap(lookUpFailure);
                    cause.addSuppressed(failure);
                    result.completeExceptionally(new MwsUncertainOutcomeException(target.action(), "its outcome is unknown ("
                            + failure + ") and looking it up at MWS failed: " + cause.getMessage(), java.util.List.of(), cause));
                    return;
                }
                if (outcome instanceof OutcomeRecovery.Found found) {
                    MwsResult recovered = found.result();
                    result.complete(new MwsResult(recovered.response(), recovered.scan(), stats.attempts(), stats.throttleWaitMillis(), true));
                } else if (outcome instanceof OutcomeRecovery.Ambiguous ambiguous) {
                    result.completeExceptionally(new MwsUncertainOutcomeException(target.action(), ambiguous.why(), ambiguous.candidates(), failure));
                } else {
                    carryOut(retryable.onAbsent(target, failure, stats.attempts()), failure);
                }
            });
        }

        void schedule(Duration delay, Runnable step, Throwable failure) {
            try {
                scheduler.schedule(step, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                result.completeExceptionally(failure);
            }
        }

        void dispatch(Runnable step) {
            try {
                workers.execute(step);
            } catch (RejectedExecutionException stopping) {
                result.completeExceptionally(new MwsException(target.action(), 0, null, null, "the mws component is stopping; the request was not sent",
                        null, null));
            }
        }
    }
}
