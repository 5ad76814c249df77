package io.camelmws.bench.e2e;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.CamelMws;
import io.camelmws.bench.ChildJvm;
import io.camelmws.bench.CpuAffinity;
import io.camelmws.bench.PlainMwsClient;
import io.camelmws.bench.Result;
import io.camelmws.bench.SandboxProcess;
import io.camelmws.bench.Stats;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * What the component costs on top of a hand-written client: {@code mws:GetServiceStatus?section=Orders} through a
 * ProducerTemplate against the same calls made by {@link PlainMwsClient} (same pool settings, signer and headers),
 * throttling off on both sides, measured two ways that hold from run to run on a 2-core machine:
 * <ul>
 *   <li><b>requests per second with the sandbox in a process of its own</b>, pinned to CPU 1 while this client JVM
 *   is pinned to CPU 0, so that client and server no longer take cycles from each other (with the sandbox in the
 *   client's JVM, reruns of the same code gave ratios of 0.75 ± 0.90 and 0.93 ± 0.06);</li>
 *   <li><b>the client's CPU time per call</b>: this process's CPU time (every thread: caller, HttpClient's I/O, Camel,
 *   GC, JIT) over the calls of a round, which the sandbox's work cannot inflate since it runs elsewhere.</li>
 * </ul>
 * Both sides live in this one JVM and take turns: after a warm-up of each, rounds alternate (component first in odd
 * pairs, plain loop first in even ones), and each figure's error bar is over the pairs.
 */
public final class ProducerOverheadBench {

    public static final String URI = "mws:GetServiceStatus?section=Orders";

    private ProducerOverheadBench() {
    }

    /** Runs the benchmark in a child JVM and returns its figures. */
    public static List<Result> run(BenchSettings settings) throws Exception {
        return ChildJvm.run(ProducerOverheadBench.class, List.of("-Xmx512m"), List.of(
                String.valueOf(settings.producerWarmup().toMillis()), String.valueOf(settings.producerRound().toMillis()),
                String.valueOf(settings.producerPairs())), settings.childTimeout());
    }

    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofMillis(Long.parseLong(args[0]));
        Duration round = Duration.ofMillis(Long.parseLong(args[1]));
        int pairs = Integer.parseInt(args[2]);
        boolean pinned = CpuAffinity.available();
        try (SandboxProcess sandbox = SandboxProcess.start(pinned ? 1 : -1)) {
            if (pinned) {
                CpuAffinity.pinThisProcess(0);
            }
            System.out.println("# producer: sandbox at " + sandbox.baseUrl() + (pinned ? " on CPU 1, client on CPU 0" : ", not pinned (no taskset or one CPU)"));
            try (CamelMws camel = CamelMws.start(sandbox.baseUrl(), ThrottlingMode.OFF, 1, null);
                 PlainMwsClient plain = new PlainMwsClient(sandbox.baseUrl())) {
                ProducerTemplate template = camel.template();
                Endpoint endpoint = camel.context().getEndpoint(URI);
                ResolvedOperation target = BenchAccount.operation("GetServiceStatus", "Orders");
                SortedMap<String, String> none = new TreeMap<>();
                Side component = () -> template.requestBody(endpoint, null, String.class);
                Side loop = () -> plain.call(target, none);
                List<Result> results = new ArrayList<>();
                for (int threads : new int[] {1, 4}) {
                    results.addAll(measure(threads, component, loop, warmup, round, pairs, pinned));
                }
                results.forEach(Result::print);
            }
        }
    }

    /** One call of one side; its answer is checked by the side itself (the component's scan, the plain loop's status). */
    @FunctionalInterface
    interface Side {
        String call() throws Exception;
    }

    /** What one round of one side did: calls completed, wall time and this process's CPU time. */
    record Round(long calls, long wallNanos, long cpuNanos) {
        double perSecond() {
            return calls * 1e9 / wallNanos;
        }

        double cpuMicrosPerCall() {
            return cpuNanos / 1e3 / calls;
        }
    }

    private static List<Result> measure(int threads, Side component, Side loop, Duration warmup, Duration round, int pairs, boolean pinned)
            throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            // Warm up in turns, so neither side's code is compiled against a profile made by the other alone.
            for (int i = 0; i < 4; i++) {
                round(workers, threads, component, warmup.dividedBy(4));
                round(workers, threads, loop, warmup.dividedBy(4));
            }
            double[] camelRate = new double[pairs];
            double[] plainRate = new double[pairs];
            double[] rateRatio = new double[pairs];
            double[] camelCpu = new double[pairs];
            double[] plainCpu = new double[pairs];
            double[] cpuRatio = new double[pairs];
            for (int pair = 0; pair < pairs; pair++) {
                Round ours;
                Round theirs;
                if (pair % 2 == 0) {
                    ours = round(workers, threads, component, round);
                    theirs = round(workers, threads, loop, round);
                } else {
                    theirs = round(workers, threads, loop, round);
                    ours = round(workers, threads, component, round);
                }
                camelRate[pair] = ours.perSecond();
                plainRate[pair] = theirs.perSecond();
                rateRatio[pair] = camelRate[pair] / plainRate[pair];
                camelCpu[pair] = ours.cpuMicrosPerCall();
                plainCpu[pair] = theirs.cpuMicrosPerCall();
                cpuRatio[pair] = camelCpu[pair] / plainCpu[pair];
                System.out.printf(java.util.Locale.ROOT, "# producer, %d thread(s), pair %d: component %.0f/s %.1f µs CPU, plain %.0f/s %.1f µs CPU%n",
                        threads, pair + 1, camelRate[pair], camelCpu[pair], plainRate[pair], plainCpu[pair]);
            }
            String t = String.valueOf(threads);
            String p = String.valueOf(pairs);
            String pin = String.valueOf(pinned);
            List<Result> results = new ArrayList<>();
            results.add(result("producer.camel", Stats.of(camelRate), "ops/s", "threads", t, "pairs", p, "pinned", pin));
            results.add(result("producer.plain", Stats.of(plainRate), "ops/s", "threads", t, "pairs", p, "pinned", pin));
            results.add(result("producer.ratio", Stats.of(rateRatio), "x", "threads", t, "pairs", p, "pinned", pin));
            results.add(result("producer.cpu", Stats.of(camelCpu), "us/op", "client", "camel", "threads", t, "pinned", pin));
            results.add(result("producer.cpu", Stats.of(plainCpu), "us/op", "client", "plain", "threads", t, "pinned", pin));
            results.add(result("producer.cpu_ratio", Stats.of(cpuRatio), "x", "threads", t, "pairs", p, "pinned", pin));
            if (threads == 1) {
                results.add(roundTrip("camel", Stats.of(camelRate), pin));
                results.add(roundTrip("plain", Stats.of(plainRate), pin));
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    private static Result result(String name, Stats stats, String unit, String... keys) {
        return Result.of(name, stats.mean(), unit, stats.error(), keys);
    }

    private static Result roundTrip(String client, Stats rate, String pinned) {
        double micros = 1e6 / rate.mean();
        double error = Double.isNaN(rate.error()) ? Double.NaN : micros * rate.error() / rate.mean();
        return Result.of("producer.round_trip", micros, "us/op", error, "client", client, "threads", "1", "pinned", pinned);
    }

    /** {@code threads} workers call {@code side} back to back for {@code length}; any failed call fails the benchmark. */
    private static Round round(ExecutorService workers, int threads, Side side, Duration length) throws Exception {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Long>> counts = new ArrayList<>();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            counts.add(workers.submit(() -> {
                long calls = 0;
                while (!stop.get()) {
                    side.call();
                    calls++;
                }
                return calls;
            }));
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        long calls = 0;
        for (Future<Long> count : counts) {
            calls += count.get();
        }
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuBefore;
        if (calls == 0) {
            throw new IllegalStateException("no call completed in a round of " + length);
        }
        return new Round(calls, wall, cpu);
    }
}
