package io.camelmws.component.pipeline;

import java.io.IOException;
import java.util.concurrent.CompletionException;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsContentMismatchException;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsUnreadableAnswerException;
import io.camelmws.component.model.ResponseMetadata;
import io.camelmws.component.retry.Failure;
import io.camelmws.component.retry.FailureKind;
import io.camelmws.component.retry.RetryDecision;
import io.camelmws.component.retry.RetryPolicy;

/**
 * Stage 5: turns what an attempt failed with into a {@link Failure}, asks the {@link RetryPolicy} what it leads to,
 * and brings the client's own state in line with what MWS said: an emptied quota after RequestThrottled or
 * QuotaExceeded, MWS's clock after RequestExpired. Carrying the decision out is the pipeline's.
 */
public final class RetryableStage {

    private final RetryPolicy policy;
    private final ThrottleStage throttle;
    private final SkewCorrectedClock clock;

    public RetryableStage(RetryPolicy policy, ThrottleStage throttle, SkewCorrectedClock clock) {
        this.policy = policy;
        this.throttle = throttle;
        this.clock = clock;
    }

    RetryDecision onFailure(ResolvedOperation target, Throwable thrown, int attempt, boolean reSigned) {
        Failure failure = classify(unwrap(thrown));
        if (failure == null) {
            // Not an MWS or transport failure (a bug, an Error, a refused option): nothing a retry could change.
            return new RetryDecision.Fail(unwrap(thrown) instanceof Exception e ? e : new CompletionException(unwrap(thrown)));
        }
        return apply(target, failure, policy.decide(failure, attempt, target.operation(), reSigned));
    }

    /** What a write a look-up proved absent leads to: a request that certainly was not carried out. */
    RetryDecision onAbsent(ResolvedOperation target, Throwable originalFailure, int attempt) {
        IOException notCarriedOut = originalFailure instanceof IOException io ? io
                : new IOException("MWS has no record of the request", originalFailure);
        return policy.decide(new Failure(FailureKind.NOT_SENT, null, 0, null, notCarriedOut), attempt, target.operation(), false);
    }

    static Failure classify(Throwable failure) {
        if (failure instanceof MwsContentMismatchException mismatch) {
            return Failure.contentMismatch(mismatch);
        }
        if (failure instanceof MwsUnreadableAnswerException unreadable) {
            return Failure.garbled(unreadable);
        }
        if (failure instanceof MwsException answered && answered.getResponseMetadata() != null) {
            return Failure.answered(answered, ThrottleStage.resetsIn(answered.getResponseMetadata()));
        }
        if (failure instanceof IOException io) {
            return Failure.transport(io);
        }
        return null;
    }

    private RetryDecision apply(ResolvedOperation target, Failure failure, RetryDecision decision) {
        ResponseMetadata metadata = failure.cause() instanceof MwsException e ? e.getResponseMetadata() : null;
        if (decision instanceof RetryDecision.WaitForQuota wait) {
            if (wait.hourly()) {
                throttle.onQuotaExceeded(target, metadata, wait.resetsIn());
            } else {
                throttle.onThrottled(target);
            }
        } else if (decision instanceof RetryDecision.ReSign) {
            if (metadata == null || metadata.serverTime() == null) {
                // MWS did not say its time: re-signing with the same clock would be refused again.
                return new RetryDecision.Fail(failure.cause());
            }
            clock.correct(metadata.serverTime(), metadata.receivedAt());
        }
        return decision;
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
