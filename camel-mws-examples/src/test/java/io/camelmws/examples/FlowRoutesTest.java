package io.camelmws.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.MwsComponent;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import org.apache.camel.impl.DefaultCamelContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Each flow's Java routes against the sandbox, with the faults the showcase arms, judged by the sandbox's records. */
class FlowRoutesTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withTimeScale(EmbeddedSandbox.TIME_SCALE);

    @Test
    void ordersToFilesWritesEveryVersionOnceAndTheNextRunOnlyWhatChanged(MwsSandbox sandbox, @TempDir Path work) throws Exception {
        sandbox.faults().add(FaultRule.forAction("ListOrders").throttled());
        try (FlowHarness first = new FlowHarness(Flow.ORDERS_TO_FILES, work, sandbox)) {
            first.run();
        }
        Set<String> firstFiles = orderFiles(work);
        Set<String> firstServed = new SandboxRecords(sandbox).orderVersionsServed(ShowcaseSummary.US, false);
        assertThat(firstFiles).isNotEmpty().isEqualTo(firstServed);
        assertThat(sandbox.requests()).extracting(SandboxRequest::errorCode).contains("RequestThrottled");

        sandbox.clearRequests();
        sandbox.advanceClock(Duration.ofHours(1));
        try (FlowHarness second = new FlowHarness(Flow.ORDERS_TO_FILES, work, sandbox)) {
            second.run();
        }
        Set<String> secondFiles = new TreeSet<>(orderFiles(work));
        secondFiles.removeAll(firstFiles);
        Set<String> secondServed = new SandboxRecords(sandbox).orderVersionsServed(ShowcaseSummary.US, true);
        assertThat(secondFiles).isNotEmpty().isEqualTo(secondServed);
        long firstLatest = firstFiles.stream().mapToLong(FlowRoutesTest::second).max().orElseThrow();
        assertThat(secondFiles).allSatisfy(version -> assertThat(second(version)).isGreaterThan(firstLatest));
        // One typed JSON document per version, about the order its directory names.
        Path anyFile = work.resolve("orders").resolve(firstFiles.iterator().next().replace('@', '/') + ".json");
        assertThat(Files.readString(anyFile)).startsWith("{\"AmazonOrderId\":\"" + anyFile.getParent().getFileName() + "\"");
    }

    @Test
    void ordersToDatabaseUpsertsEachVersionOnceEvenWhenAMessageIsRedelivered(MwsSandbox sandbox, @TempDir Path work) throws Exception {
        // A failure the component does not retry: the JMS transaction rolls back and the broker delivers the order again.
        sandbox.faults().add(FaultRule.forAction("ListOrderItems").error(400, "InvalidParameterValue", "try again"));
        try (FlowHarness harness = new FlowHarness(Flow.ORDERS_TO_DATABASE, work, sandbox)) {
            Showcase showcase = harness.run();
            Set<String> served = new SandboxRecords(sandbox).orderVersionsServed(ShowcaseSummary.DE, false);
            long published = showcase.counter("orders-to-queue", "published");
            assertThat(published).isEqualTo(served.size()).isPositive();
            assertThat(showcase.counter("queue-to-database", "consumed")).isEqualTo(published);
            assertThat(showcase.counter("queue-to-database", "upserts")).isEqualTo(published);
            Set<String> orders = served.stream().map(v -> v.substring(0, v.indexOf('@'))).collect(Collectors.toSet());
            assertThat(harness.database().count("mws_order")).isEqualTo(orders.size());
            // Each row holds the newest version the sandbox served of its order.
            try (Connection c = harness.database().dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT amazon_order_id, last_update_date FROM mws_order")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    long newest = served.stream().filter(v -> v.startsWith(id + "@")).mapToLong(FlowRoutesTest::second).max().orElseThrow();
                    assertThat(rows.getObject(2, java.time.OffsetDateTime.class).toEpochSecond()).as(id).isEqualTo(newest);
                }
            }
            long itemsAnswered = sandbox.requests().stream().filter(r -> "ListOrderItems".equals(r.action()) && r.status() == 200).count();
            assertThat(itemsAnswered).as("ListOrderItems answered: one per message, one more for the redelivered one").isEqualTo(published);
            assertThat(harness.database().count("mws_order_item")).isGreaterThanOrEqualTo(orders.size());
        }
    }

    @Test
    void reportsAreCollectedWholeDespiteACutShortDownloadAndTheLargeOneLoadedRowByRow(MwsSandbox sandbox, @TempDir Path work) throws Exception {
        sandbox.faults().add(FaultRule.forAction("GetReport").cutShort(0.5));
        try (FlowHarness harness = new FlowHarness(Flow.REPORTS, work, sandbox)) {
            Showcase showcase = harness.run();
            SandboxRecords records = new SandboxRecords(sandbox);
            assertThat(records.reportsDownloaded()).hasSize((int) (showcase.counter("report-collect", "reports") + 1));
            assertThat(records.reportsAcknowledged()).containsAll(reportIds(work));
            assertThat(harness.database().count("mws_report_row")).isEqualTo(showcase.counter("large-report", "rows")).isPositive();
        }
        // The file is the report as MWS has it, byte for byte.
        String reportId = reportIds(work).iterator().next();
        DefaultCamelContext context = new DefaultCamelContext();
        MwsComponent mws = new MwsComponent();
        mws.getConfiguration().setEndpoint(sandbox.baseUrl());
        mws.getConfiguration().setAccessKey(sandbox.accessKey());
        mws.getConfiguration().setSecretKey(sandbox.secretKey());
        mws.getConfiguration().setSellerId(sandbox.sellerId());
        mws.getConfiguration().setAuthToken(sandbox.authToken());
        context.addComponent("mws", mws);
        context.start();
        try {
            byte[] atMws = context.createProducerTemplate().requestBody("mws:GetReport?param.ReportId=" + reportId, null, byte[].class);
            assertThat(Files.readAllBytes(work.resolve("reports").resolve(reportId + ".tsv"))).isEqualTo(atMws);
        } finally {
            context.stop();
        }
        assertThat(sandbox.requests()).filteredOn(r -> "cutShort".equals(r.fault())).hasSize(1);
    }

    @Test
    void feedsAreSubmittedOnceAndAFeedWithFailingRecordsEndsInTheDeadLetterDirectoryWithItsReasons(MwsSandbox sandbox, @TempDir Path work)
            throws Exception {
        sandbox.faults().add(FaultRule.forAction("SubmitFeed").connectionReset());
        try (FlowHarness harness = new FlowHarness(Flow.FEEDS, work, sandbox)) {
            harness.showcase().expectFeeds(ExamplesMain.FeedInbox.fill(work.resolve("feeds").resolve("inbox"), 1));
            Showcase showcase = harness.run();
            assertThat(showcase.counter("feeds", "done")).isEqualTo(1);
            assertThat(showcase.counter("feeds", "dead-letter")).isEqualTo(1);
        }
        assertThat(sandbox.feeds().all()).as("each file reached MWS once, the reset one included").hasSize(2);
        assertThat(fileNames(work.resolve("feeds/done"))).containsExactlyInAnyOrder("run-1-prices.txt", "run-1-prices.processing-report.txt");
        assertThat(fileNames(work.resolve("feeds/dead-letter")))
                .containsExactlyInAnyOrder("run-1-prices-with-errors.txt", "run-1-prices-with-errors.processing-report.txt");
        assertThat(Files.readString(work.resolve("feeds/dead-letter/run-1-prices-with-errors.processing-report.txt"), StandardCharsets.ISO_8859_1))
                .contains("Number of records successful\t\t1").contains("90244").contains("nine fifty").contains("90220");
        assertThat(fileNames(work.resolve("feeds/inbox"))).isEmpty();
    }

    /** {@code AmazonOrderId@epochSecond} of every order file written. */
    private static Set<String> orderFiles(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("orders"))) {
            return files.filter(Files::isRegularFile)
                    .map(f -> f.getParent().getFileName() + "@" + f.getFileName().toString().replace(".json", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> reportIds(Path work) throws IOException {
        return fileNames(work.resolve("reports")).stream().map(n -> n.replace(".tsv", "")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static long second(String version) {
        return Long.parseLong(version.substring(version.indexOf('@') + 1));
    }
}
