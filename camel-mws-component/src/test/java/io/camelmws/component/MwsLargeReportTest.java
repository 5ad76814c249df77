package io.camelmws.component;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.http.ContentMd5;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code to("mws:...").to("file:out")} moves a 2 GiB report in a JVM whose heap is 64 MiB (the small-heap
 * surefire execution), verified against MWS's Content-MD5, with progress logged and metered on the way.
 */
@Tag("small-heap")
class MwsLargeReportTest extends CamelTestSupport {

    static final double TIME_SCALE = 600;
    static final long SIZE = 2L * 1024 * 1024 * 1024;

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    @TempDir
    Path out;
    @TempDir
    Path spool;

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
                from("direct:big")
                        .to("mws:RequestReport?reportType=_GET_SANDBOX_SYNTHETIC_DATA_&await=true&awaitPollInterval=50"
                            + "&downloadProgressInterval=500&downloadSpoolDirectory=" + spool)
                        .process(exchange -> {
                            // While the exchange runs, the verified report waits in the spool directory, not in the heap.
                            try (var files = Files.list(spool)) {
                                assertThat(files).hasSize(1);
                            }
                        })
                        .to("file:" + out + "?fileName=report.txt");
            }
        };
    }

    @Test
    void twoGibibytesToAFileWithBoundedMemory() throws Exception {
        StringWriter log = new StringWriter();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        WriterAppender capture = WriterAppender.newBuilder().setName("progress").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%m%n").build()).build();
        capture.start();
        logging.getConfiguration().getRootLogger().addAppender(capture, Level.INFO, null);
        logging.updateLoggers();
        try {
            Exchange exchange = template.request("direct:big", e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                    Map.of("ReportOptions", "size=" + SIZE + ";seed=42")));

            assertThat(exchange.getException()).isNull();
            Path file = out.resolve("report.txt");
            assertThat(file).hasSize(SIZE);
            try (InputStream in = Files.newInputStream(file)) {
                assertThat(ContentMd5.of(in).base64()).isEqualTo(exchange.getMessage().getHeader(MwsConstants.CONTENT_MD5));
            }
            try (var files = Files.list(spool)) {
                assertThat(files).as("spool file deleted once the exchange completed").isEmpty();
            }
            assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
            assertThat(log.toString()).containsPattern("GetReport \\S+: [0-9.]+ MiB so far at [0-9.]+ MiB/s");
            MwsEndpoint endpoint = context.getEndpoints().stream().filter(MwsEndpoint.class::isInstance).map(MwsEndpoint.class::cast)
                    .findFirst().orElseThrow();
            assertThat(endpoint.getDownloadedBytes()).isEqualTo(SIZE);
            assertThat(endpoint.getDownloadBytesPerSecond()).isPositive();
        } finally {
            logging.getConfiguration().getRootLogger().removeAppender("progress");
            logging.updateLoggers();
            Files.deleteIfExists(out.resolve("report.txt"));
        }
    }
}
