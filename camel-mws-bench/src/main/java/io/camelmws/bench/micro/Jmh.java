package io.camelmws.bench.micro;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import io.camelmws.bench.BenchSettings;

/**
 * Runs JMH benchmarks with the settings of this run (forks, iterations) and turns each JMH result into RESULT
 * lines: the score with the error JMH computed, and with {@code gc} the bytes allocated per operation
 * ({@code -prof gc}'s {@code gc.alloc.rate.norm}).
 */
public final class Jmh {

    private Jmh() {
    }

    /**
     * @param prefix  the result name's prefix: {@code signing} makes {@code signing.create}
     * @param methods the benchmark methods of {@code benchmarks} to run
     */
    @SuppressWarnings("rawtypes") // JMH's RunResult.getSecondaryResults() is a Map of raw Results
    public static List<io.camelmws.bench.Result> run(BenchSettings settings, String prefix, Class<?> benchmarks, List<String> methods, int threads,
                                                    boolean gc) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmarks.getName()) + "\\.(" + String.join("|", methods) + ")$")
                .forks(settings.jmhForks())
                .warmupIterations(settings.jmhWarmupIterations())
                .warmupTime(TimeValue.milliseconds(settings.jmhWarmupTime().toMillis()))
                .measurementIterations(settings.jmhIterations())
                .measurementTime(TimeValue.milliseconds(settings.jmhIterationTime().toMillis()))
                .threads(threads)
                .shouldFailOnError(true)
                .verbosity(settings.smoke() ? VerboseMode.SILENT : VerboseMode.NORMAL);
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> runs = new Runner(options.build()).run();
        if (runs.isEmpty()) {
            throw new IllegalStateException("JMH ran nothing for " + benchmarks.getSimpleName() + " " + methods);
        }
        List<io.camelmws.bench.Result> results = new ArrayList<>();
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark();
            String name = prefix + "." + benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Map<String, String> keys = new LinkedHashMap<>();
            for (String param : run.getParams().getParamsKeys()) {
                keys.put(param, run.getParams().getParam(param));
            }
            keys.put("threads", String.valueOf(run.getParams().getThreads()));
            keys.put("forks", String.valueOf(run.getParams().getForks()));
            keys.put("warmup", run.getParams().getWarmup().getCount() + "x" + run.getParams().getWarmup().getTime().convertTo(TimeUnit.MILLISECONDS) + "ms");
            keys.put("measurement", run.getParams().getMeasurement().getCount() + "x"
                                    + run.getParams().getMeasurement().getTime().convertTo(TimeUnit.MILLISECONDS) + "ms");
            Result<?> primary = run.getPrimaryResult();
            results.add(new io.camelmws.bench.Result(name, keys, primary.getScore(), primary.getScoreUnit(), primary.getScoreError()).print());
            if (gc) {
                for (var secondary : run.getSecondaryResults().entrySet()) {
                    if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                        Result<?> alloc = secondary.getValue();
                        results.add(new io.camelmws.bench.Result(name + ".alloc", keys, alloc.getScore(), alloc.getScoreUnit(), alloc.getScoreError())
                                .print());
                    }
                }
            }
        }
        return results;
    }
}
