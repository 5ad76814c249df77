package io.camelmws.sandbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as its own process with nothing on the classpath, as a user would: it must print the
 * ready line, answer MWS requests (so the library's classes and resources are in it), and refuse a bad command line
 * with exit status 2.
 */
class SandboxJarIT {

    private static final Path JAR = Path.of("target", "camel-mws-sandbox-server.jar");

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void startsOnAFreePortAndAnswers() throws Exception {
        assertThat(JAR).exists();
        Process process = new ProcessBuilder(java(), "-jar", JAR.toString(), "--port", "0",
                "--access-key", "AKIAJAREXAMPLE000001", "--secret-key", "jar+secret/=&", "--seller-id", "A1JAR")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String ready = stdout.readLine();
            assertThat(ready).matches("MWS sandbox listening on http://127\\.0\\.0\\.1:\\d+");
            String baseUrl = ready.substring("MWS sandbox listening on ".length());

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/Sellers")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("<Code>InvalidAddress</Code>");
        } finally {
            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void refusesAnIncompleteCommandLineWithStatus2() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(), "-jar", JAR.toString(), "--port", "0", "--access-key", "K")
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(stderr).contains("missing option --secret-key").contains("Usage:");
    }
}
