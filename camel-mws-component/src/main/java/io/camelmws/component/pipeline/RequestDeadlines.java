package io.camelmws.component.pipeline;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Cancels requests still running at their requestTimeout. One periodic check serves every request of the component:
 * a scheduled task per request would cost a queue insertion and a cancellation on the hot path, and cancelled tasks
 * stay in a ScheduledThreadPoolExecutor's queue until their delay ends (minutes), piling up under load. The price is
 * precision: a request is cancelled up to one {@link #CHECK_PERIOD_MILLIS} after its deadline.
 */
public final class RequestDeadlines implements AutoCloseable {

    static final long CHECK_PERIOD_MILLIS = 250;

    private final Set<Deadline> running = ConcurrentHashMap.newKeySet();
    private final ScheduledFuture<?> check;

    public RequestDeadlines(ScheduledExecutorService scheduler) {
        this.check = scheduler.scheduleAtFixedRate(this::expire, CHECK_PERIOD_MILLIS, CHECK_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A request that starts now and must have its answer within {@code timeoutMillis}. */
    Deadline start(Cancellable request, long timeoutMillis) {
        Deadline deadline = new Deadline(request, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        running.add(deadline);
        return deadline;
    }

    private void expire() {
        long now = System.nanoTime();
        for (Deadline deadline : running) {
            if (now - deadline.dueNanos >= 0 && running.remove(deadline)) {
                deadline.expired = true;
                deadline.request.cancel();
            }
        }
    }

    @Override
    public void close() {
        check.cancel(false);
        running.clear();
    }

    /** One request's deadline; {@link #done()} when it has its answer, whatever it was. */
    final class Deadline {
        private final Cancellable request;
        private final long dueNanos;
        private volatile boolean expired;

        private Deadline(Cancellable request, long dueNanos) {
            this.request = request;
            this.dueNanos = dueNanos;
        }

        boolean expired() {
            return expired;
        }

        void done() {
            running.remove(this);
        }
    }
}
