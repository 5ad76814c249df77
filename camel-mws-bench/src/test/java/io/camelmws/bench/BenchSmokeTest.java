package io.camelmws.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.camelmws.bench.report.PerformancePage;
import io.camelmws.bench.report.Plots;
import io.camelmws.bench.report.ResultsJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every benchmark, run with the tiny settings of {@link BenchSettings#forSmokeTest()} (JMH: one 100 ms iteration, no
 * fork; end-to-end: small reports, books and call counts), prints its RESULT lines; and the figures make a
 * results.json, a performance page and plots. Nothing here judges a figure: the machine running CI is anyone's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchSmokeTest {

    /** The RESULT names each group must print. */
    private static final Map<Group, List<String>> EXPECTED = Map.ofEntries(
            Map.entry(Group.SIGNING, List.of("signing.create", "signing.create.alloc")),
            Map.entry(Group.PRODUCER, List.of("producer.camel", "producer.plain", "producer.ratio", "producer.cpu", "producer.cpu_ratio", "producer.round_trip")),
            Map.entry(Group.REPORT, List.of("report.workflow", "report.component", "report.component_copy", "report.spool_only", "report.md5sum", "report.ratio", "report.peak_heap")),
            Map.entry(Group.THROTTLE, List.of("throttle.efficiency", "throttle.refused")),
            Map.entry(Group.PAGING, List.of("paging.orders", "paging.peak_heap")),
            Map.entry(Group.SANDBOX, List.of("sandbox.calls", "sandbox.report_md5_prepass", "sandbox.report_stream")),
            Map.entry(Group.STAGES, List.of("stages.componentNoWire", "stages.plainNoWire", "stages.bind", "stages.sign", "stages.hmac", "stages.scan", "stages.poolLease", "stages.throttleLookup", "stages.throttleAcquire",
                    "stages.throttleRefuse", "stages.bind.alloc")),
            Map.entry(Group.SOAK, List.of("soak.lost", "soak.run", "soak.heap", "soak.threads", "soak.fds", "soak.peak_heap", "soak.feeds", "soak.faults",
                    "soak.requests")),
            Map.entry(Group.MODELS, List.of("models.scan", "models.model", "models.json", "models.model.alloc")),
            Map.entry(Group.SHARED, List.of("shared.efficiency", "shared.refused")),
            Map.entry(Group.CONSUMER, List.of("consumer.orders", "consumer.peak_heap", "consumer.paging_orders", "consumer.paging_peak_heap", "consumer.ratio")));

    private static final Map<Group, GroupRun> RUNS = new ConcurrentHashMap<>();

    @TempDir
    static Path work;

    @Order(1)
    @ParameterizedTest
    @EnumSource(Group.class)
    void printsItsResultLines(Group group) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        List<Result> results;
        try {
            results = BenchMain.run(group, BenchSettings.forSmokeTest(), work);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        for (String name : EXPECTED.get(group)) {
            assertThat(printed).as("RESULT line of %s", name)
                    .containsPattern(Pattern.compile("(?m)^RESULT " + Pattern.quote(name) + " (\\S+=\\S+ )*value=\\S+ unit=\\S+ error=\\S+$"));
        }
        assertThat(results).allSatisfy(result -> assertThat(printed).contains(result.line()));
        RUNS.put(group, new GroupRun(group.id(), LocalDateTime.now(), Machine.loadAverage(), 0, results));
    }

    @Order(2)
    @Test
    void theFiguresMakeResultsJsonThePageAndThePlots() throws Exception {
        List<GroupRun> groups = java.util.Arrays.stream(Group.values()).filter(RUNS::containsKey).map(RUNS::get).toList();
        BenchRun run = new BenchRun(Machine.describe(), true, groups);
        Path json = work.resolve("results.json");
        ResultsJson.write(run, json);
        assertThat(ResultsJson.read(json).groups()).hasSameSizeAs(groups);

        Path page = work.resolve("docs/performance.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "# Performance\n\nHand-written.\n\n" + PerformancePage.BEGIN + "\nold\n" + PerformancePage.END + "\n\nAfter.\n");
        PerformancePage.update(page, run);
        String text = Files.readString(page);
        assertThat(text).startsWith("# Performance\n\nHand-written.\n\n").endsWith("\n\nAfter.\n").doesNotContain("\nold\n")
                .contains("## 7. Where the time goes in one call").contains("## 8. Soak: mixed routes under faults");
        Plots.write(run, work.resolve("docs/perf"));
        for (String plot : List.of("producer.png", "report-download.png", "throttle.png", "stages.png")) {
            assertThat(work.resolve("docs/perf").resolve(plot)).isNotEmptyFile();
        }
    }

    /** Writes to the console and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
            second.flush();
        }
    }
}
