package io.camelmws.component;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.error.MwsContentMismatchException;
import io.camelmws.component.error.MwsReportNoDataException;
import io.camelmws.component.http.ContentMd5;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports end to end through routes: the life cycle by hand, the one-step workflow, verified downloads and charsets. */
class MwsReportsTest extends CamelTestSupport {

    /** Report processing takes 90 simulated seconds: 150 ms at 600x. */
    static final double TIME_SCALE = 600;
    static final String DE = "A1PA6795UKMFR9";
    static final String SYNTHETIC = "_GET_SANDBOX_SYNTHETIC_DATA_";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    @TempDir
    Path out;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:listings")
                        .to("mws:RequestReport?reportType=_GET_FLAT_FILE_OPEN_LISTINGS_DATA_&marketplaceId=" + DE
                            + "&await=true&awaitPollInterval=50&acknowledge=true")
                        .convertBodyTo(String.class);
                from("direct:synthetic-to-file")
                        .to("mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=50&maxRetries=0")
                        .toD("file:" + "${header.outDir}" + "?fileName=${header.CamelMwsReportId}.txt");
            }
        };
    }

    @Test
    void theLifeCycleByHandRequestListGet() throws Exception {
        Exchange requested = template.request("mws:RequestReport?reportType=" + SYNTHETIC, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("ReportOptions", "size=4096;seed=3")));
        String requestId = requested.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
        assertThat(requestId).isNotBlank();
        assertThat(requested.getMessage().getBody(String.class)).contains("<ReportProcessingStatus>_SUBMITTED_</ReportProcessingStatus>");

        String generatedReportId = null;
        for (int poll = 0; poll < 100 && generatedReportId == null; poll++) {
            // MWS time moves on without the test waiting for it: the report is done 90 simulated seconds after the request.
            SANDBOX.sandbox().advanceClock(Duration.ofSeconds(30));
            String list = template.requestBodyAndHeader("mws:GetReportRequestList", null, MwsConstants.PARAMETERS,
                    Map.of("ReportRequestIdList", List.of(requestId)), String.class);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("<GeneratedReportId>(\\d+)</GeneratedReportId>").matcher(list);
            generatedReportId = id.find() ? id.group(1) : null;
        }
        assertThat(generatedReportId).isNotNull();

        Exchange report = template.request("mws:GetReport?param.ReportId=" + generatedReportId, e -> { });

        assertThat(report.getException()).isNull();
        byte[] bytes = report.getMessage().getBody(byte[].class);
        assertThat(bytes).hasSize(4096);
        assertThat(report.getMessage().getHeader(MwsConstants.CONTENT_MD5)).isEqualTo(ContentMd5.ofBytes(bytes));
        // Re-readable: a StreamCache yields the same bytes again after reset(), which Camel does between route steps.
        assertThat(report.getMessage().getBody()).isInstanceOf(org.apache.camel.StreamCache.class);
        ((org.apache.camel.StreamCache) report.getMessage().getBody()).reset();
        assertThat(report.getMessage().getBody(byte[].class)).isEqualTo(bytes);
    }

    @Test
    void oneStepWorkflowDeliversTheVerifiedReportDecodedInTheMarketplacesCharset() {
        Exchange exchange = template.request("direct:listings", e -> { });

        assertThat(exchange.getException()).isNull();
        String report = exchange.getMessage().getBody(String.class);
        String charset = exchange.getMessage().getHeader(Exchange.CHARSET_NAME, String.class);
        assertThat(Charset.forName(charset)).isEqualTo(Charset.forName("windows-1252"));
        assertThat(report).startsWith("sku\t").contains("\n");
        // Listings of Amazon.de carry German text: decoded, not mojibake.
        assertThat(report).doesNotContain("\uFFFD").doesNotContain("Ã");
        assertThat(exchange.getMessage().getHeaders()).containsKeys(MwsConstants.REPORT_REQUEST_ID, MwsConstants.REPORT_ID)
                .containsEntry(MwsConstants.REPORT_PROCESSING_STATUS, "_DONE_");
        // acknowledge=true: acknowledged once the exchange completed.
        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        assertThat(requests).extracting(SandboxRequest::action).contains("RequestReport", "GetReportRequestList", "GetReport",
                "UpdateReportAcknowledgements");
        SandboxRequest ack = requests.stream().filter(r -> r.action().equals("UpdateReportAcknowledgements")).findFirst().orElseThrow();
        assertThat(ack.parameters()).containsEntry("ReportIdList.Id.1", exchange.getMessage().getHeader(MwsConstants.REPORT_ID, String.class))
                .containsEntry("Acknowledged", "true");
    }

    @Test
    void twentyConcurrentWorkflowsShareTheirPollsAndAreNeverThrottled() {
        List<CompletableFuture<Exchange>> workflows = IntStream.range(0, 20).mapToObj(i -> template.asyncSend(
                "mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=60000",
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=2048;seed=" + i)))).toList();

        for (CompletableFuture<Exchange> workflow : workflows) {
            Exchange done = workflow.join();
            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getBody(byte[].class)).hasSize(2048);
        }
        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        assertThat(requests).extracting(SandboxRequest::errorCode).containsOnlyNulls();
        long polls = requests.stream().filter(r -> r.action().equals("GetReportRequestList")).count();
        assertThat(requests.stream().filter(r -> r.action().equals("RequestReport"))).hasSize(20);
        assertThat(requests.stream().filter(r -> r.action().equals("GetReport"))).hasSize(20);
        // One poll asks about every pending request: far fewer polls than workflows times polling rounds.
        assertThat(polls).isLessThan(20);
        assertThat(requests.stream().filter(r -> r.action().equals("GetReportRequestList")))
                .anySatisfy(poll -> assertThat(poll.parameters().keySet().stream().filter(k -> k.startsWith("ReportRequestIdList.Id."))).hasSizeGreaterThan(1));
    }

    @Test
    void aReportWithoutDataGivesAnEmptyBodyOrFailsWhenAskedTo() {
        Exchange empty = template.request("mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=60000",
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=0;seed=1")));
        assertThat(empty.getException()).isNull();
        assertThat(empty.getMessage().getBody(String.class)).isEmpty();
        assertThat(empty.getMessage().getHeader(MwsConstants.REPORT_PROCESSING_STATUS)).isEqualTo("_DONE_NO_DATA_");

        Exchange failing = template.request("mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=50&failOnNoData=true",
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=0;seed=1")));
        assertThat(failing.getException()).isInstanceOf(MwsReportNoDataException.class).hasMessageContaining("_DONE_NO_DATA_");
        assertThat(failing.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class)).isNotBlank();
    }

    @Test
    void aWrongContentMd5OrAShortBodyHandsNothingOnAndARetryDeliversTheRightBytes() throws Exception {
        for (FaultRule fault : List.of(FaultRule.forAction("GetReport").wrongContentMd5().times(1),
                FaultRule.forAction("GetReport").cutShort(0.5).times(1))) {
            SANDBOX.sandbox().faults().clear();
            SANDBOX.sandbox().faults().add(fault);
            Path dir = Files.createTempDirectory(out, "report");
            Exchange failed = template.request("direct:synthetic-to-file", e -> {
                e.getMessage().setHeader("outDir", dir.toString());
                e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=3MiB;seed=9"));
            });
            assertThat(failed.getException()).isInstanceOf(MwsContentMismatchException.class)
                    .hasMessageContaining("nothing was handed on");
            try (var files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
            // The fault has cleared: the workflow resumes from its ReportRequestId and the retry delivers the report.
            String requestId = failed.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
            Exchange resumed = template.request("direct:synthetic-to-file", e -> {
                e.getMessage().setHeader("outDir", dir.toString());
                e.getMessage().setHeader(MwsConstants.REPORT_REQUEST_ID, requestId);
            });
            assertThat(resumed.getException()).isNull();
            Path file = dir.resolve(resumed.getMessage().getHeader(MwsConstants.REPORT_ID) + ".txt");
            assertThat(file).hasSize(3 * 1024 * 1024);
            assertThat(ContentMd5.of(Files.newInputStream(file)).base64()).isEqualTo(resumed.getMessage().getHeader(MwsConstants.CONTENT_MD5));
        }
        try (var spools = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(spools.filter(p -> p.getFileName().toString().startsWith("camel-mws-download-"))).isEmpty();
        }
    }

    @Test
    void withDownloadLocalWorkPathTheFileProducerMovesTheVerifiedSpoolFileInsteadOfCopyingIt() throws Exception {
        Path spool = Files.createDirectories(out.resolve("spool"));
        Path target = Files.createDirectories(out.resolve("target"));
        Map<String, Object> spooledInodes = new ConcurrentHashMap<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:download-to-file")
                        .toD("mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=50&downloadSpoolDirectory=" + spool
                             + "&downloadLocalWorkPath=${header.move}")
                        .process(e -> spooledInodes.put(e.getMessage().getHeader("move", String.class),
                                Files.getAttribute(e.getMessage().getBody(File.class).toPath(), "unix:ino")))
                        .toD("file:" + target + "?fileName=${header.move}.txt");
            }
        });
        for (String move : List.of("true", "false")) {
            Exchange done = template.request("direct:download-to-file", e -> {
                e.getMessage().setHeader("move", move);
                e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=3MiB;seed=11"));
            });
            assertThat(done.getException()).isNull();
            Path file = target.resolve(move + ".txt");
            assertThat(file).hasSize(3 * 1024 * 1024);
            assertThat(ContentMd5.of(Files.newInputStream(file)).base64()).isEqualTo(done.getMessage().getHeader(MwsConstants.CONTENT_MD5));
            // The same inode as the spool file: renamed into place, not copied.
            assertThat(Files.getAttribute(file, "unix:ino")).as("moved when downloadLocalWorkPath=" + move)
                    .matches(inode -> inode.equals(spooledInodes.get(move)) == Boolean.parseBoolean(move));
            try (var spooled = Files.list(spool)) {
                assertThat(spooled).isEmpty();
            }
        }
    }

    @Test
    void spooledAndInMemoryDownloadsLandWithTheModeTheUsersUmaskGives() throws Exception {
        Path target = Files.createDirectories(out.resolve("modes"));
        // What any file created here gets: 0666 less the umask (0644 under the usual 022).
        Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(Files.createFile(target.resolve("reference")));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:modes")
                        .toD("mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=50&downloadSpoolThreshold=${header.threshold}"
                             + "&downloadLocalWorkPath=${header.move}")
                        .toD("file:" + target + "?fileName=${header.name}");
            }
        });
        // In memory; spooled then copied; spooled then moved into place.
        for (String[] variant : new String[][] { { "1048576", "false", "memory.txt" }, { "0", "false", "copied.txt" }, { "0", "true", "moved.txt" } }) {
            Exchange done = template.request("direct:modes", e -> {
                e.getMessage().setHeader("threshold", variant[0]);
                e.getMessage().setHeader("move", variant[1]);
                e.getMessage().setHeader("name", variant[2]);
                e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=4096;seed=12"));
            });
            assertThat(done.getException()).isNull();
            assertThat(Files.getPosixFilePermissions(target.resolve(variant[2]))).as(variant[2]).isEqualTo(umaskMode);
        }
    }
}
