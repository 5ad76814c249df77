package io.camelmws.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command, after packaging: {@code java -jar camel-mws-examples/target/camel-mws-examples.jar},
 * run twice in one work directory. The second run continues the first one's seller and watermarks.
 */
class ExamplesJarIT {

    private static final Pattern FLOW_LINE = Pattern.compile("^\\s+([a-z-]+)\\s+(OK|FAILED)\\s+(.*)$", Pattern.MULTILINE);

    @Test
    void theJarRunsEveryFlowAndASecondRunContinuesFromTheFirstOnesState(@TempDir Path work) throws Exception {
        String first = runJar(work);
        Map<String, Map<String, Long>> run1 = summary(first);
        Set<String> filesAfterFirst = orderFiles(work);

        assertThat(first).contains("(run 1)").contains("4 flows, 0 failed");
        assertThat(run1.keySet()).containsExactlyInAnyOrder("orders-to-files", "orders-to-database", "reports", "feeds");
        // The summary's counts against the sandbox's own records, and against what is on disk and in the database.
        assertThat(run1.get("orders-to-files").get("files")).isPositive().isEqualTo(run1.get("orders-to-files").get("sandboxVersions"))
                .isEqualTo(filesAfterFirst.size());
        assertAgrees(run1.get("orders-to-database"));
        assertThat(run1.get("reports").get("sandboxReports")).isEqualTo(run1.get("reports").get("scheduledReports") + 1);
        assertThat(run1.get("reports").get("largeReportRows")).isPositive().isEqualTo(run1.get("reports").get("reportRows"));
        assertThat(run1.get("feeds")).containsEntry("files", 2L).containsEntry("done", 1L).containsEntry("deadLetter", 1L).containsEntry("sandboxFeeds", 2L);
        assertThat(first).contains("ListOrders throttled x1", "ListOrderItems serviceUnavailable x1", "GetReport cutShort x1",
                "SubmitFeed connectionReset x1");

        String second = runJar(work);
        Map<String, Map<String, Long>> run2 = summary(second);
        Set<String> written = new TreeSet<>(orderFiles(work));
        written.removeAll(filesAfterFirst);

        assertThat(second).contains("(run 2)").contains("4 flows, 0 failed");
        // Only what changed since the first run's watermark: new versions, each later than anything the first run wrote.
        assertThat(run2.get("orders-to-files").get("files")).isPositive().isEqualTo(run2.get("orders-to-files").get("sandboxVersions"))
                .isEqualTo(written.size()).isLessThan(filesAfterFirst.size());
        long firstLatest = filesAfterFirst.stream().mapToLong(ExamplesJarIT::epochSecond).max().orElseThrow();
        assertThat(written).allSatisfy(version -> assertThat(epochSecond(version)).isGreaterThan(firstLatest));
        assertAgrees(run2.get("orders-to-database"));
        assertThat(run2.get("orders-to-database").get("orderRows")).isGreaterThanOrEqualTo(run1.get("orders-to-database").get("orderRows"))
                .isEqualTo(rows(work, "mws_order"));
        assertThat(run2.get("orders-to-database").get("itemRows")).isEqualTo(rows(work, "mws_order_item"));
        assertThat(run2.get("feeds")).containsEntry("files", 2L).containsEntry("sandboxFeeds", 2L);
        assertThat(names(work.resolve("feeds/dead-letter"))).contains("run-1-prices-with-errors.txt", "run-2-prices-with-errors.txt");
        assertThat(run2.get("reports").get("sandboxReports")).isEqualTo(run2.get("reports").get("scheduledReports") + 1);
        // A new sandbox process numbers its reports from the same base, so the second run's report may replace the first's file.
        assertThat(names(work.resolve("reports"))).isNotEmpty().allSatisfy(name -> assertThat(name).matches("\\d+\\.tsv"));
    }

    @Test
    void aFlowRunsAloneByName(@TempDir Path work) throws Exception {
        String out = runJar(work, "feeds");
        assertThat(summary(out)).containsOnlyKeys("feeds");
        assertThat(out).contains("1 flows, 0 failed");
    }

    private static void assertAgrees(Map<String, Long> database) {
        assertThat(database.get("published")).isPositive().isEqualTo(database.get("sandboxVersions")).isEqualTo(database.get("consumed"))
                .isEqualTo(database.get("upserts"));
    }

    private static String runJar(Path work, String... flows) throws Exception {
        Path jar = Path.of("target", "camel-mws-examples.jar");
        assertThat(jar).exists();
        Path output = Files.createTempFile("camel-mws-examples", ".log");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dexamples.work-dir=" + work, "-jar", jar.toString()));
        command.addAll(java.util.List.of(flows));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean exited = process.waitFor(180, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        assertThat(exited).as("exited within 180 s; output:%n%s", out).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", out).isZero();
        return out;
    }

    /** Each flow's {@code key=number} figures from its summary line. */
    private static Map<String, Map<String, Long>> summary(String out) {
        Map<String, Map<String, Long>> flows = new LinkedHashMap<>();
        Matcher line = FLOW_LINE.matcher(out);
        while (line.find()) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (String pair : line.group(3).trim().split("\\s+")) {
                String[] kv = pair.split("=");
                values.put(kv[0], Long.parseLong(kv[1]));
            }
            flows.put(line.group(1), values);
        }
        return flows;
    }

    private static Set<String> orderFiles(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("orders"))) {
            return files.filter(Files::isRegularFile).map(f -> f.getParent().getFileName() + "@" + f.getFileName().toString().replace(".json", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static long epochSecond(String version) {
        return Long.parseLong(version.substring(version.indexOf('@') + 1));
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static long rows(Path work, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("db/examples"), "sa", "");
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
