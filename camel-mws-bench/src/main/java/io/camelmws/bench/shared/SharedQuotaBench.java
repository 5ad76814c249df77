package io.camelmws.bench.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.Result;

/**
 * Throttle efficiency of three instances (three JVMs, {@link SharedQuotaInstance}) sharing one seller's ListOrders quota
 * through PostgreSQL ({@code quotaStore=jdbc}), next to the single-JVM figure of the throttle group: elapsed over the
 * least time the quota allows, on the wall clock as that group measures it and on the sandbox's simulated clock, and
 * the RequestThrottled and QuotaExceeded answers the sandbox gave.
 */
public final class SharedQuotaBench {

    static final int INSTANCES = 3;
    static final int THREADS_PER_INSTANCE = 4;

    private SharedQuotaBench() {
    }

    public static List<Result> run(BenchSettings settings) throws Exception {
        List<Result> results = new ArrayList<>();
        // Scaled restore periods of 100 ms and 250 ms, as the throttle group's ListOrders rows.
        double[] scales = settings.smoke() ? new double[] {600} : new double[] {600, 240};
        int callsPerInstance = settings.smoke() ? 4 : 30;
        for (double scale : scales) {
            try (SharedQuotaCluster cluster = SharedQuotaCluster.start(INSTANCES, scale)) {
                SharedQuotaCluster.OrdersRun run = cluster.listOrders(callsPerInstance, THREADS_PER_INSTANCE, Duration.ofMinutes(5));
                if (run.failures() > 0) {
                    throw new IllegalStateException(run.failures() + " ListOrders exchanges failed");
                }
                String[] keys = {"operation", "ListOrders", "instances", String.valueOf(INSTANCES), "calls", String.valueOf(run.calls()),
                                 "scale", Result.number(scale), "restore_ms", Result.number(60_000 / scale),
                                 "elapsed_s", Result.number(run.wallElapsed().toNanos() / 1e9), "minimum_s", Result.number(run.wallMinimum().toNanos() / 1e9),
                                 "simulated_efficiency", Result.number(run.simulatedEfficiency()), "requests", String.valueOf(run.requests())};
                results.add(Result.of("shared.efficiency", run.wallEfficiency(), "x", Double.NaN, keys).print());
                results.add(Result.of("shared.refused", run.refused(), "answers", Double.NaN, keys).print());
            }
        }
        return results;
    }
}
