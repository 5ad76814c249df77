package io.camelmws.component.pipeline;

import io.camelmws.component.catalog.ResolvedOperation;

/**
 * What the pipeline tells about its calls, for health checks and metrics. Every method is called on the thread that
 * runs the stage, so an implementation must be cheap and must never throw.
 */
public interface CallObserver {

    /** Observes nothing: what a pipeline built without observers uses. */
    CallObserver NONE = new CallObserver() {
    };

    /** An attempt got its request from the quota after waiting {@code waitedNanos} (0 when none was needed). */
    default void admitted(ResolvedOperation target, long waitedNanos) {
    }

    /** A failed attempt is tried again; {@code reason} is the MWS error code or the kind of failure. */
    default void retrying(ResolvedOperation target, String reason) {
    }

    /** MWS answered RequestThrottled or QuotaExceeded. */
    default void throttledAnswer(ResolvedOperation target, String errorCode) {
    }

    /** A document of {@code bytes} was downloaded and verified against its Content-MD5. */
    default void downloaded(ResolvedOperation target, long bytes) {
    }

    /** A downloaded document's MD5 or length was not what MWS declared. */
    default void contentMismatch(ResolvedOperation target) {
    }

    /** The call ended: {@code failure} is null on success. */
    default void completed(ResolvedOperation target, Throwable failure, long elapsedNanos) {
    }

    /** Both observers, first then second. */
    static CallObserver both(CallObserver first, CallObserver second) {
        if (first == NONE) {
            return second;
        }
        if (second == NONE) {
            return first;
        }
        return new CallObserver() {
            @Override
            public void admitted(ResolvedOperation target, long waitedNanos) {
                first.admitted(target, waitedNanos);
                second.admitted(target, waitedNanos);
            }

            @Override
            public void retrying(ResolvedOperation target, String reason) {
                first.retrying(target, reason);
                second.retrying(target, reason);
            }

            @Override
            public void throttledAnswer(ResolvedOperation target, String errorCode) {
                first.throttledAnswer(target, errorCode);
                second.throttledAnswer(target, errorCode);
            }

            @Override
            public void downloaded(ResolvedOperation target, long bytes) {
                first.downloaded(target, bytes);
                second.downloaded(target, bytes);
            }

            @Override
            public void contentMismatch(ResolvedOperation target) {
                first.contentMismatch(target);
                second.contentMismatch(target);
            }

            @Override
            public void completed(ResolvedOperation target, Throwable failure, long elapsedNanos) {
                first.completed(target, failure, elapsedNanos);
                second.completed(target, failure, elapsedNanos);
            }
        };
    }

    /**
     * A call's or attempt's outcome as a short, bounded label: {@code success}, the MWS error code, {@code io} when no
     * answer came, else the failure's class name. Never a message, so never a secret.
     */
    static String outcomeOf(Throwable failure) {
        Throwable cause = RetryableStage.unwrap(failure);
        if (cause == null) {
            return "success";
        }
        if (cause instanceof io.camelmws.component.error.MwsException mws && mws.getErrorCode() != null) {
            return mws.getErrorCode();
        }
        if (cause instanceof io.camelmws.component.error.MwsTransportException || cause instanceof java.io.IOException) {
            return "io";
        }
        return cause.getClass().getSimpleName();
    }
}
