package io.camelmws.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-alone launcher, in-process; {@code SandboxJarIT} runs the real jar. */
class SandboxMainTest {

    @Test
    void printsTheReadyLineAndServes() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (SandboxServer server = SandboxMain.launch(new String[] {"--port", "0", "--access-key", "AKIAMAIN",
            "--secret-key", "s+/=&", "--seller-id", "A1MAIN", "--auth-token", "amzn.mws.x"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            MwsSandbox sandbox = server.sandbox();
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .isEqualTo("MWS sandbox listening on http://127.0.0.1:" + sandbox.port() + System.lineSeparator());
            assertThat(sandbox.authToken()).isEqualTo("amzn.mws.x");
            assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void takesTheClockThrottlingFaultAndHttpsOptions(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path pem = directory.resolve("cert.pem");
        try (SandboxServer server = SandboxMain.launch(new String[] {"--port", "0", "--access-key", "AKIAMAIN",
            "--secret-key", "s+/=&", "--seller-id", "A1MAIN", "--time-scale", "60", "--no-throttling",
            "--fault-seed", "-7", "--https", "--https-port", "0", "--cert-out", pem.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            MwsSandbox sandbox = server.sandbox();
            assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(
                    "MWS sandbox listening on http://127.0.0.1:" + sandbox.port() + System.lineSeparator()
                    + "MWS sandbox listening on https://127.0.0.1:" + sandbox.httpsPort() + " (certificate: "
                    + pem.toAbsolutePath() + ")" + System.lineSeparator());
            assertThat(sandbox.clock().timeScale()).isEqualTo(60.0);
            assertThat(sandbox.throttling()).isFalse();
            assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");
            for (int i = 0; i < 3; i++) {
                assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
            }
        }
        assertThat(pem).exists();
    }

    @Test
    void shufflesTheElementOrderOfAnswersWhenAsked() {
        String[] base = {"--port", "0", "--access-key", "AKIAMAIN", "--secret-key", "s", "--seller-id", "A1MAIN",
            "--no-throttling", "--orders", "200", "--seed", "11"};
        try (SandboxServer plain = SandboxMain.launch(base, new PrintStream(new ByteArrayOutputStream()));
             SandboxServer shuffled = SandboxMain.launch(with(base, "--shuffle-element-order"),
                     new PrintStream(new ByteArrayOutputStream()))) {
            assertThat(firstChildrenOfOrders(plain.sandbox())).containsOnly("AmazonOrderId");
            assertThat(firstChildrenOfOrders(shuffled.sandbox())).hasSizeGreaterThan(1);
        }
    }

    /** The first child of each Order of a ListOrders answer: the element order as written or shuffled. */
    private static java.util.Set<String> firstChildrenOfOrders(MwsSandbox sandbox) {
        String body = SignedRequest.to(sandbox).action("ListOrders").param("CreatedAfter", "2000-01-01T00:00:00Z")
                .param("MarketplaceId.Id.1", "ATVPDKIKX0DER").send().body();
        java.util.Set<String> first = new java.util.HashSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<Order>\\s*<(\\w+)>").matcher(body);
        while (matcher.find()) {
            first.add(matcher.group(1));
        }
        assertThat(first).as(body).isNotEmpty();
        return first;
    }

    @Test
    void throttlesByDefault() {
        try (SandboxServer server = SandboxMain.launch(new String[] {"--port", "0", "--access-key", "AKIAMAIN",
            "--secret-key", "s", "--seller-id", "A1MAIN"}, new PrintStream(new ByteArrayOutputStream()))) {
            MwsSandbox sandbox = server.sandbox();
            assertThat(sandbox.throttling()).isTrue();
            assertThat(sandbox.clock().timeScale()).isEqualTo(1.0);
        }
    }

    @Test
    void explainsBadValuesOfTheNewOptions() {
        String[] base = {"--port", "0", "--access-key", "K", "--secret-key", "S", "--seller-id", "A"};
        assertThatThrownBy(() -> SandboxMain.launch(with(base, "--time-scale", "0"), System.out))
                .hasMessage("option --time-scale must be a number above 0 (60: a real second counts as a minute), was 0");
        assertThatThrownBy(() -> SandboxMain.launch(with(base, "--time-scale", "fast"), System.out))
                .hasMessageContaining("--time-scale").hasMessageContaining("fast");
        assertThatThrownBy(() -> SandboxMain.launch(with(base, "--fault-seed", "1.5"), System.out))
                .hasMessage("option --fault-seed must be a whole number, was 1.5");
        assertThatThrownBy(() -> SandboxMain.launch(with(base, "--https-port", "8443"), System.out))
                .hasMessage("options --https-port and --cert-out need --https");
        assertThatThrownBy(() -> SandboxMain.launch(with(base, "--https", "--https-port", "70000"), System.out))
                .hasMessage("option --https-port must be a number from 0 to 65535, was 70000");
        assertThatThrownBy(() -> SandboxMain.parse(with(base, "--https", "--https")))
                .hasMessage("option --https is given twice");
        assertThatThrownBy(() -> SandboxMain.parse(with(base, "--no-throttling", "false")))
                .hasMessage("unknown option false");
        assertThat(SandboxMain.USAGE).contains("--time-scale", "--no-throttling", "--https", "--https-port",
                "--cert-out", "--fault-seed");
    }

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void namesAMissingOption() {
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "0", "--access-key", "K",
            "--secret-key", "S"})).hasMessage("missing option --seller-id");
    }

    @Test
    void namesAnUnknownOption() {
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "0", "--secret", "S"}))
                .hasMessage("unknown option --secret");
    }

    @Test
    void namesAnOptionWithoutValueOrABadPort() {
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "--access-key", "K"}))
                .hasMessage("option --port needs a value");
        assertThatThrownBy(() -> SandboxMain.launch(new String[] {"--port", "http", "--access-key", "K",
            "--secret-key", "S", "--seller-id", "A"}, System.out)).hasMessageContaining("--port");
    }
}
