package io.camelmws.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command, after packaging: {@code java -jar camel-mws-examples/target/camel-mws-examples.jar}. */
class ExamplesJarIT {

    @Test
    void theJarRunsTheExampleEndToEndAndExitsByItself() throws Exception {
        Path jar = Path.of("target", "camel-mws-examples.jar");
        assertThat(jar).exists();
        Path output = Files.createTempFile("camel-mws-examples", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);

        assertThat(exited).as("exited within 120 s; output:%n%s", out).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", out).isZero();
        assertThat(out).contains("MWS sandbox").contains("14 sections, 28 calls, 0 failed");
    }

}
