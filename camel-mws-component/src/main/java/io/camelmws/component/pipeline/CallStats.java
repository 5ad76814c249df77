package io.camelmws.component.pipeline;

import java.util.concurrent.TimeUnit;

/** What one call took, readable when it ends whether it succeeded or not (for the exchange's headers). */
public final class CallStats {

    private volatile int attempts;
    private volatile long throttleWaitNanos;

    public void attempted() {
        attempts++;
    }

    public void waited(long nanos) {
        throttleWaitNanos += nanos;
    }

    public int attempts() {
        return attempts;
    }

    public long throttleWaitMillis() {
        return TimeUnit.NANOSECONDS.toMillis(throttleWaitNanos);
    }
}
