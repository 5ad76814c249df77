package io.camelmws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.support.SignedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stand-alone launcher, in-process; {@code SandboxJarIT} runs the real jar. */
class SandboxMainTest {

    @Test
    void printsTheReadyLineAndServes() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (MwsSandbox sandbox = SandboxMain.launch(new String[] {"--port", "0", "--access-key", "AKIAMAIN",
            "--secret-key", "s+/=&", "--seller-id", "A1MAIN", "--auth-token", "amzn.mws.x"},
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .isEqualTo("MWS sandbox listening on http://127.0.0.1:" + sandbox.port() + System.lineSeparator());
            assertThat(sandbox.authToken()).isEqualTo("amzn.mws.x");
            assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
        }
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
