package io.camelmws.component.retry;

import java.io.IOException;

import io.camelmws.component.catalog.Operation;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsTransportException;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.retry.RetryDecision.Fail;
import io.camelmws.component.retry.RetryDecision.ReSign;
import io.camelmws.component.retry.RetryDecision.Recover;
import io.camelmws.component.retry.RetryDecision.RetryAfter;
import io.camelmws.component.retry.RetryDecision.WaitForQuota;

/**
 * Decides what a failed attempt leads to, from the failure, how many attempts were made and what the catalog says of
 * the operation. Pure: no clock, no I/O, no state of its own; {@code RetryPolicyTest} reads as its specification.
 * <ul>
 * <li>RequestThrottled: wait for the quota's next request (or back off when the client does not throttle).</li>
 * <li>QuotaExceeded: wait until the hourly quota resets, when MWS said when.</li>
 * <li>RequestExpired: re-sign once with MWS's time.</li>
 * <li>Other errors MWS calls retriable (5xx, InternalError, ServiceUnavailable), requests that never left, and
 * downloads that arrived wrong: back off with full jitter.</li>
 * <li>A request that may have been carried out (connection lost after sending, a 2xx answer that cannot be read):
 * repeated only when the catalog says the operation may be; a write that starts a workflow is looked up at MWS;
 * any other write fails as an uncertain outcome.</li>
 * </ul>
 * Every retry but the re-signing counts against {@code maxRetries}.
 */
public final class RetryPolicy {

    private final int maxRetries;
    private final boolean clientThrottles;
    private final Backoff backoff;

    /**
     * @param maxRetries      attempts allowed after the first one
     * @param clientThrottles whether the client keeps its own quota buckets (throttling WAIT or FAIL) it can wait on
     */
    public RetryPolicy(int maxRetries, boolean clientThrottles, Backoff backoff) {
        this.maxRetries = maxRetries;
        this.clientThrottles = clientThrottles;
        this.backoff = backoff;
    }

    /**
     * @param attempt  the attempts made so far, the failed one included (1 after the first)
     * @param reSigned whether this call was already re-signed after a RequestExpired
     */
    public RetryDecision decide(Failure failure, int attempt, Operation operation, boolean reSigned) {
        boolean retriesLeft = attempt <= maxRetries;
        return switch (failure.kind()) {
            case ANSWERED -> answered(failure, attempt, retriesLeft, reSigned);
            case NOT_SENT -> retriesLeft ? backOff(attempt) : new Fail(transport(failure, operation, attempt, false));
            case CONTENT_MISMATCH -> retriesLeft ? backOff(attempt) : new Fail(failure.cause());
            case AMBIGUOUS, GARBLED -> possiblyCarriedOut(failure, attempt, operation, retriesLeft);
        };
    }

    private RetryDecision answered(Failure failure, int attempt, boolean retriesLeft, boolean reSigned) {
        if (failure.is("RequestExpired")) {
            return reSigned ? new Fail(failure.cause()) : new ReSign();
        }
        if (!retriesLeft) {
            return new Fail(failure.cause());
        }
        if (failure.is("RequestThrottled")) {
            return clientThrottles ? new WaitForQuota(null) : backOff(attempt);
        }
        if (failure.is("QuotaExceeded")) {
            // Without its reset time or a bucket to wait on, an hourly quota cannot be waited for sensibly.
            return clientThrottles && failure.quotaReset() != null ? new WaitForQuota(failure.quotaReset()) : new Fail(failure.cause());
        }
        return failure.cause() instanceof MwsException error && error.isRetryable() ? backOff(attempt) : new Fail(failure.cause());
    }

    private RetryDecision possiblyCarriedOut(Failure failure, int attempt, Operation operation, boolean retriesLeft) {
        if (operation.startsWorkflow().isPresent()) {
            // MWS can be asked: the look-up decides, and sends again only when the write certainly did not arrive.
            return new Recover();
        }
        if (operation.repeatable()) {
            if (retriesLeft) {
                return backOff(attempt);
            }
            return new Fail(failure.kind() == FailureKind.GARBLED ? failure.cause() : transport(failure, operation, attempt, true));
        }
        return new Fail(new MwsUncertainOutcomeException(operation.name(), failure.cause(), attempt));
    }

    private RetryAfter backOff(int attempt) {
        return new RetryAfter(backoff.delay(attempt));
    }

    private static Exception transport(Failure failure, Operation operation, int attempt, boolean possiblySent) {
        return failure.cause() instanceof IOException io ? new MwsTransportException(operation.name(), io, attempt, possiblySent) : failure.cause();
    }
}
