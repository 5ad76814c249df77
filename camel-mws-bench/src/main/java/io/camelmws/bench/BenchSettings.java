package io.camelmws.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how large every benchmark runs: {@link #forDocs()} for the figures in docs/performance.md (a few
 * minutes on 2 cores), {@link #forSmokeTest()} for the CI smoke test (seconds, no JMH fork, tiny sizes). Every run is
 * bounded in count and in time.
 *
 * @param jmhForks             JMH forks; 0 runs JMH inside this JVM
 * @param producerWarmup       how long each side of the producer benchmark warms up (its throughput climbs for
 *                             10 to 15 s while Camel and HttpClient compile)
 * @param producerRound        one measured round of one side
 * @param producerPairs        rounds of the component and of the plain loop, alternating (a pair each), whose
 *                             ratios give the producer benchmark's ratios and their error bars
 * @param reportBytes          size of the synthetic report the component downloads
 * @param reportRounds         measured downloads (each followed by one md5sum of the same file)
 * @param pagingOrders         orders in the sandbox's book for the paging benchmark
 * @param pagingRuns           measured runs over all of them, after one warm-up run
 * @param throttleCases        operations, call counts and time scales of the throttle benchmark
 * @param sandboxCallRuns      runs per thread count of the sandbox's own call rate
 * @param sandboxCallRunTime   length of each of those runs
 * @param reportStreamBytes    size of the report the sandbox streams to a plain socket client
 * @param reportStreamRounds   downloads per client kind (discard, MD5)
 * @param childTimeout         longest a -Xmx64m child JVM may run before it is killed
 * @param soak                 how long and how fast the soak runs
 */
public record BenchSettings(boolean smoke,
                            int jmhForks, int jmhWarmupIterations, Duration jmhWarmupTime, int jmhIterations, Duration jmhIterationTime,
                            Duration producerWarmup, Duration producerRound, int producerPairs,
                            long reportBytes, int reportRounds,
                            int pagingOrders, int pagingRuns,
                            List<ThrottleCase> throttleCases,
                            int sandboxCallRuns, Duration sandboxCallRunTime,
                            long reportStreamBytes, int reportStreamRounds,
                            Duration childTimeout,
                            Soak soak) {

    /** The heap of the child JVMs that run the download and paging benchmarks. */
    public static final String CHILD_HEAP = "-Xmx64m";

    /**
     * One throttle measurement: {@code calls} calls of {@code operation} from {@code threads} producers against a
     * sandbox whose clock runs {@code timeScale} times faster than real time.
     */
    public record ThrottleCase(String operation, int burst, Duration restorePeriod, int calls, double timeScale, int threads) {

        /** The least time the quota allows: the burst at once, then one call per scaled restore period. */
        public Duration minimum() {
            return Duration.ofNanos(Math.round((calls - burst) * restorePeriod.toNanos() / timeScale));
        }

        public Duration scaledRestore() {
            return Duration.ofNanos(Math.round(restorePeriod.toNanos() / timeScale));
        }
    }

    /**
     * The soak: mixed routes against a sandbox serving faults, first for {@code warmup}, then for {@code duration}, the
     * heap, threads and file descriptors measured between the two and at the end.
     *
     * @param warmup     how long the routes run before the start figures are taken
     * @param duration   how long they run after that
     * @param drainBound the longest the soak waits, after each phase, for the exchanges in flight to end
     * @param timeScale  the sandbox's clock and the component's quotas, that many times faster than real time
     */
    public record Soak(Duration warmup, Duration duration, Duration drainBound, double timeScale) {
    }

    /** The same settings with {@code forks} JMH forks (smoke settings, which run JMH in this JVM, are kept as they are). */
    public BenchSettings withForks(int forks) {
        if (smoke) {
            return this;
        }
        return new BenchSettings(smoke, forks, jmhWarmupIterations, jmhWarmupTime, jmhIterations, jmhIterationTime, producerWarmup,
                producerRound, producerPairs,
                reportBytes, reportRounds, pagingOrders, pagingRuns, throttleCases, sandboxCallRuns, sandboxCallRunTime, reportStreamBytes,
                reportStreamRounds, childTimeout, soak);
    }

    /** These settings with other numbers of JMH warm-up and measurement iterations (smoke settings are kept as they are). */
    public BenchSettings withIterations(int warmupIterations, int iterations) {
        if (smoke) {
            return this;
        }
        return new BenchSettings(smoke, jmhForks, warmupIterations, jmhWarmupTime, iterations, jmhIterationTime, producerWarmup,
                producerRound, producerPairs,
                reportBytes, reportRounds, pagingOrders, pagingRuns, throttleCases, sandboxCallRuns, sandboxCallRunTime, reportStreamBytes,
                reportStreamRounds, childTimeout, soak);
    }

    public static BenchSettings forDocs() {
        return new BenchSettings(false, 1, 3, Duration.ofSeconds(1), 5, Duration.ofSeconds(1),
                Duration.ofSeconds(20), Duration.ofSeconds(5), 6,
                1L << 30, 5,
                100_000, 5,
                List.of(
                        // The examples of the brief: every scaled restore period is 100 ms.
                        new ThrottleCase("ListOrders", 6, Duration.ofSeconds(60), 40, 600, 4),
                        new ThrottleCase("ListOrderItems", 30, Duration.ofSeconds(2), 130, 20, 4),
                        new ThrottleCase("GetReportRequestList", 10, Duration.ofSeconds(45), 50, 450, 4),
                        // Slower clocks (scaled restore 250 ms): efficiency should not depend on the scale.
                        new ThrottleCase("ListOrders", 6, Duration.ofSeconds(60), 40, 240, 4),
                        new ThrottleCase("ListOrderItems", 30, Duration.ofSeconds(2), 80, 8, 4),
                        new ThrottleCase("GetReportRequestList", 10, Duration.ofSeconds(45), 50, 180, 4)),
                5, Duration.ofSeconds(2),
                1L << 30, 5,
                Duration.ofMinutes(5),
                // Time scale 60: a simulated minute per second, so the 10 minutes cover 10 simulated hours of quotas.
                new Soak(Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofMinutes(5), 60));
    }

    public static BenchSettings forSmokeTest() {
        return new BenchSettings(true, 0, 0, Duration.ofMillis(100), 1, Duration.ofMillis(100),
                Duration.ofMillis(400), Duration.ofMillis(200), 1,
                8L << 20, 1,
                2_000, 1,
                List.of(
                        new ThrottleCase("ListOrders", 6, Duration.ofSeconds(60), 9, 600, 4),
                        new ThrottleCase("ListOrderItems", 30, Duration.ofSeconds(2), 33, 20, 4),
                        new ThrottleCase("GetReportRequestList", 10, Duration.ofSeconds(45), 13, 450, 4)),
                1, Duration.ofMillis(300),
                16L << 20, 1,
                Duration.ofSeconds(60),
                new Soak(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(90), 600));
    }
}
