package io.camelmws.component.catalog;

import java.util.Set;

/**
 * Which MWS answers may succeed when the same request is sent later.
 *
 * @param codes          error codes that are retryable whatever the status
 * @param statuses       HTTP statuses that are retryable unless their code is in {@code neverRetryable}
 * @param neverRetryable codes MWS sends with a retryable status but means as final
 */
public record RetryableErrors(Set<String> codes, Set<Integer> statuses, Set<String> neverRetryable) {

    public boolean isRetryable(String errorCode, int httpStatus) {
        if (errorCode != null && codes.contains(errorCode)) {
            return true;
        }
        return statuses.contains(httpStatus) && (errorCode == null || !neverRetryable.contains(errorCode));
    }
}
