package io.camelmws.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.camelmws.bench.e2e.ConsumerBench;
import io.camelmws.bench.e2e.PagingBench;
import io.camelmws.bench.e2e.ProducerOverheadBench;
import io.camelmws.bench.e2e.ReportDownloadBench;
import io.camelmws.bench.e2e.SoakBench;
import io.camelmws.bench.e2e.ThrottleBench;
import io.camelmws.bench.micro.Jmh;
import io.camelmws.bench.micro.ModelBench;
import io.camelmws.bench.micro.SigningBench;
import io.camelmws.bench.micro.StagesBench;
import io.camelmws.bench.report.PerformancePage;
import io.camelmws.bench.report.Plots;
import io.camelmws.bench.report.ResultsJson;
import io.camelmws.bench.sandbox.ReportStreamBench;
import io.camelmws.bench.sandbox.SandboxCallsBench;
import io.camelmws.bench.shared.SharedQuotaBench;

/**
 * Runs the benchmarks and publishes their figures: {@code <out>/results.json}, and with {@code --docs} the
 * generated part of {@code docs/performance.md} and the plots in {@code docs/perf/}. The bench profile runs it:
 * <pre>
 * mvn -B -Pbench -pl camel-mws-bench -am verify -DskipTests [-Dbench.only=signing,producer]
 * </pre>
 * Options: {@code --only <groups>} (default all: {@value #USAGE_GROUPS}; {@code none} runs nothing and renders the
 * previous results.json again), {@code --out <dir>}, {@code --docs <dir>},
 * {@code --max-load-wait-seconds <s>} (wait up to this long before each group for the 1-minute load average to drop
 * to {@value #QUIET_LOAD}; default 180), {@code --smoke} (tiny settings, as the CI smoke test runs them). With
 * {@code --only}, the other groups' figures are kept from the previous results.json in the output directory.
 */
public final class BenchMain {

    static final String USAGE_GROUPS = "signing, producer, report, throttle, paging, sandbox, stages, soak, models, shared, consumer";
    static final double QUIET_LOAD = 1.5;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        boolean smoke = options.containsKey("--smoke");
        BenchSettings settings = smoke ? BenchSettings.forSmokeTest() : BenchSettings.forDocs();
        List<Group> groups = Group.parse(options.get("--only"));
        Path out = Path.of(options.getOrDefault("--out", "target/bench"));
        long maxLoadWait = Long.parseLong(options.getOrDefault("--max-load-wait-seconds", smoke ? "0" : "180"));
        Files.createDirectories(out);

        Path previous = out.resolve(ResultsJson.FILE_NAME);
        // Rendering the previous results again (--only none) describes the machine they were measured on.
        Machine machine = groups.isEmpty() && Files.exists(previous) ? ResultsJson.read(previous).machine() : Machine.describe();
        System.out.printf(Locale.ROOT, "# camel-mws benchmarks (%s): %s on %d x %s%n", smoke ? "smoke" : "full", String.join(", ",
                groups.stream().map(Group::id).toList()), machine.processors(), machine.cpuModel());
        Map<String, GroupRun> runs = new LinkedHashMap<>();
        if (!smoke && Files.exists(previous) && groups.size() < Group.values().length) {
            for (GroupRun kept : ResultsJson.read(previous).groups()) {
                runs.put(kept.group(), kept);
            }
        }
        for (Group group : groups) {
            double[] load = smoke ? Machine.loadAverage() : Machine.awaitQuiet(QUIET_LOAD, maxLoadWait);
            LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            System.out.printf(Locale.ROOT, "# === %s (load average %.2f %.2f %.2f) ===%n", group.title(), load[0], load[1], load[2]);
            long start = System.nanoTime();
            List<Result> results = run(group, settings, out);
            runs.put(group.id(), new GroupRun(group.id(), started, load, (System.nanoTime() - start) / 1e9, results));
        }
        List<GroupRun> ordered = new ArrayList<>();
        for (Group group : Group.values()) {
            if (runs.containsKey(group.id())) {
                ordered.add(runs.get(group.id()));
            }
        }
        BenchRun run = new BenchRun(machine, smoke, ordered);
        ResultsJson.write(run, previous);
        System.out.println("# wrote " + previous.toAbsolutePath().normalize());
        if (options.containsKey("--docs")) {
            Path docs = Path.of(options.get("--docs"));
            Plots.write(run, docs.resolve("perf"));
            PerformancePage.update(docs.resolve("performance.md"), run);
            System.out.println("# updated " + docs.resolve("performance.md").toAbsolutePath().normalize() + " and " + docs.resolve("perf"));
        }
    }

    /** Runs one group and returns its figures (each already printed as a RESULT line). */
    public static List<Result> run(Group group, BenchSettings settings, Path workDirectory) throws Exception {
        return switch (group) {
            case SIGNING -> Jmh.run(settings, "signing", SigningBench.class, List.of("create"), 1, true);
            case PRODUCER -> ProducerOverheadBench.run(settings);
            case REPORT -> ReportDownloadBench.run(settings, workDirectory);
            case THROTTLE -> ThrottleBench.run(settings);
            case PAGING -> PagingBench.run(settings, workDirectory);
            case SANDBOX -> {
                List<Result> results = new ArrayList<>(SandboxCallsBench.run(settings));
                results.addAll(ReportStreamBench.run(settings));
                yield results;
            }
            case STAGES -> {
                // Eight warm-up seconds: with three, a whole call through Camel was often still being compiled on this
                // 2-core machine, and a slow first iteration or two widened its error bar by half its value.
                List<Result> results = new ArrayList<>(Jmh.run(settings.withIterations(8, 5), "stages", StagesBench.class,
                        List.of("componentNoWire", "plainNoWire", "bind", "sign", "hmac", "read", "scan", "text", "poolLease", "throttleLookup",
                                "throttleAcquire", "throttleRefuse"), 1, true));
                results.addAll(StagesBench.answerSizes());
                yield results;
            }
            case SOAK -> SoakBench.run(settings, workDirectory);
            // Three forks: the goal is a ratio of two of these figures, and one fork's JIT can land a step apart. Eight
            // warm-up seconds: binding a page still took 10 to 20 ms in the first and up to 2 ms in the third.
            case MODELS -> {
                List<Result> results = new ArrayList<>(Jmh.run(settings.withForks(3).withIterations(8, 5), "models", ModelBench.class, List.of("scan", "read", "model", "json"), 1, true));
                results.add(ModelBench.pageSize());
                yield results;
            }
            case SHARED -> SharedQuotaBench.run(settings);
            case CONSUMER -> ConsumerBench.run(settings, workDirectory);
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> options.put("--smoke", "true");
                case "--only", "--out", "--docs", "--max-load-wait-seconds" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(args[i] + " needs a value");
                    }
                    options.put(args[i], args[++i]);
                }
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'; use --only <" + Group.ids()
                                                              + ">, --out <dir>, --docs <dir>, --max-load-wait-seconds <s>, --smoke");
            }
        }
        return options;
    }
}
