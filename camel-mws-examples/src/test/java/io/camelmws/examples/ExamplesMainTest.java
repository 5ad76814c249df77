package io.camelmws.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.sandbox.MwsSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/** The example as a newcomer runs it, and as a user runs their own route through it. */
class ExamplesMainTest {

    @Test
    void aFlowNamedOnTheCommandLineRunsAloneAgainstAnEmbeddedSandbox(@TempDir Path work) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Properties system = new Properties();
        system.setProperty(ExamplesMain.WORK_DIR_PROPERTY, work.toString());

        int exit = new ExamplesMain(system, new PrintStream(captured, true, StandardCharsets.UTF_8), "feeds").run();

        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("Started the embedded MWS sandbox at http://127.0.0.1:")
                .containsPattern("feeds\\s+OK\\s+done=1 deadLetter=1 files=2 sandboxFeeds=2")
                .contains("SubmitFeed connectionReset x1")
                .contains("1 flows, 0 failed")
                .doesNotContain("orders-to-files");
    }

    @Test
    void anUnknownFlowIsRefusedNamingTheFlowsThereAre(@TempDir Path work) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Properties system = new Properties();
        system.setProperty(ExamplesMain.WORK_DIR_PROPERTY, work.toString());

        int exit = new ExamplesMain(system, new PrintStream(captured, true, StandardCharsets.UTF_8), "orders-to-fax").run();

        assertThat(exit).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("No flow named 'orders-to-fax'; the flows are orders-to-files, orders-to-database, reports, feeds");
    }

    @Test
    void aUsersOwnRouteWritesFilesAndQueuesAgainstTheEndpointTheyNameAndNoSandboxStarts(@TempDir Path dir) throws Exception {
        try (MwsSandbox theirMws = MwsSandbox.builder().port(0).accessKey("AKIATHEIRS0000000001").secretKey("their+secret")
                .sellerId("A2THEIRSELLER").build().start()) {
            Path route = dir.resolve("my-route.yaml");
            Files.writeString(route, """
                    - route:
                        from:
                          uri: timer:mine?repeatCount=1
                          steps:
                            - to: "mws:GetServiceStatus?section=Sellers"
                            - to: "file:%s?fileName=status.xml"
                            - to:
                                uri: jms:queue:status
                                pattern: InOnly
                            - log: "${body}"
                    """.formatted(dir.resolve("out")));
            Properties system = System.getProperties();
            String[][] properties = {
                    { "camel.main.routes-include-pattern", "file:" + route },
                    { "camel.component.mws.endpoint", theirMws.baseUrl() },
                    { "camel.component.mws.access-key", "AKIATHEIRS0000000001" },
                    { "camel.component.mws.secret-key", "their+secret" },
                    { "camel.component.mws.seller-id", "A2THEIRSELLER" },
                    { ExamplesMain.WORK_DIR_PROPERTY, dir.resolve("work").toString() },
                    { "camel.main.duration-max-messages", "1" } };
            for (String[] property : properties) {
                system.setProperty(property[0], property[1]);
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            try {
                int exit = new ExamplesMain(system, new PrintStream(captured, true, StandardCharsets.UTF_8)).run();
                assertThat(exit).isZero();
            } finally {
                for (String[] property : properties) {
                    system.remove(property[0]);
                }
            }

            assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("embedded MWS sandbox");
            assertThat(dir.resolve("out/status.xml")).content().contains("GREEN");
            assertThat(theirMws.requests()).hasSize(1).allSatisfy(request -> {
                assertThat(request.action()).isEqualTo("GetServiceStatus");
                assertThat(request.path()).isEqualTo("/Sellers/2011-07-01");
                assertThat(request.status()).isEqualTo(200);
            });
        }
    }
}
