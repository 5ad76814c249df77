package io.camelmws.component.invoke;

import java.time.Duration;

import io.camelmws.component.throttle.ThrottlingMode;

/**
 * How an endpoint waits and retries.
 *
 * @param maxRetries    attempts after the first one, for every retryable failure together
 * @param retryDelay    the base of the exponential back-off (full jitter) for server errors and I/O failures
 * @param maxRetryDelay the cap of one back-off delay
 */
public record InvokeSettings(ThrottlingMode throttling, Duration maxThrottleWait, int maxRetries, Duration retryDelay, Duration maxRetryDelay) {
}
