package io.camelmws.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a benchmark's {@code main} in a JVM of its own, with this JVM's classpath and a small heap, and collects
 * the RESULT lines it prints (every other line is passed through). The child is killed when it outlives its
 * time limit; a child that fails or prints no result fails the benchmark.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static List<Result> run(Class<?> mainClass, List<String> jvmOptions, List<String> arguments, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Result> results = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    System.out.println(line);
                    Result.parse(line).ifPresent(result -> {
                        synchronized (results) {
                            results.add(result);
                        }
                    });
                }
            } catch (IOException e) {
                System.err.println("# lost the output of " + mainClass.getSimpleName() + ": " + e);
            }
        }, "child-output-" + mainClass.getSimpleName());
        reader.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            reader.join(5_000);
            throw new IllegalStateException(mainClass.getSimpleName() + " did not finish within " + timeout + "; killed");
        }
        reader.join(10_000);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(mainClass.getSimpleName() + " failed with exit status " + process.exitValue() + " (its output is above)");
        }
        synchronized (results) {
            if (results.isEmpty()) {
                throw new IllegalStateException(mainClass.getSimpleName() + " printed no RESULT line");
            }
            return List.copyOf(results);
        }
    }
}
