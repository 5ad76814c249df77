package io.camelmws.component.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a request may go: the burst at once, then never before MWS has restored a request plus the send lag. Only lower
 * bounds are asserted (a request sent early is a RequestThrottled from MWS); how close to them the requests go is a
 * performance figure, measured by the throttle benchmark.
 */
class OperationThrottleTest {

    /** ListOrders: burst 6, one request restored every 60 s; at 300x, every 200 ms. */
    private static final double TIME_SCALE = 300;
    private static final long SCALED_RESTORE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void theBurstGoesAtOnceAndEveryLaterRequestWaitsForItsRestoreAndTheSendLag() throws Exception {
        ResolvedOperation listOrders = new OperationResolver(MwsCatalog.standard()).resolve("ListOrders", null, null);
        OperationThrottle throttle = new Throttler(MwsBucketStore.inMemory(), TIME_SCALE).forOperation("AKIA", "SELLER", listOrders);
        Duration maxWait = Duration.ofSeconds(10);

        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            CompletableFuture<Duration> burst = throttle.acquire(maxWait, scheduler);
            assertThat(burst).as("burst request %d", i + 1).isDone();
        }
        List<CompletableFuture<Long>> paced = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            paced.add(throttle.acquire(maxWait, scheduler).thenApply(waited -> System.nanoTime() - start));
        }
        for (int i = 0; i < paced.size(); i++) {
            assertThat(paced.get(i)).as("paced request %d", i + 1).isNotDone();
        }
        for (int i = 0; i < paced.size(); i++) {
            // Less one millisecond: the in-memory bucket's clock counts whole milliseconds, so a refill can come up to one
            // before the nanosecond-exact due time. Without the send lag (10 ms) the request would still come far earlier.
            long due = (i + 1) * Math.round(SCALED_RESTORE_NANOS * Throttler.PACING_FACTOR) + OperationThrottle.SEND_LAG.toNanos()
                       - TimeUnit.MILLISECONDS.toNanos(1);
            assertThat(paced.get(i).get(5, TimeUnit.SECONDS)).as("nanoseconds until paced request %d was released", i + 1)
                    .isGreaterThanOrEqualTo(due);
        }
    }
}
