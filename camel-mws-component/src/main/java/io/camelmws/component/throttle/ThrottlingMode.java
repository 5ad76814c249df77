package io.camelmws.component.throttle;

/** What a producer does when its operation's quota has no request left right now. */
public enum ThrottlingMode {
    /** Wait for the next token without holding a thread (the exchange continues when it is due). */
    WAIT,
    /** Fail at once with an MwsThrottledException saying when the next token is due. */
    FAIL,
    /** Send without client-side throttling; MWS's own RequestThrottled answers are retried with back-off. */
    OFF
}
