package io.camelmws.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.camelmws.sandbox.server.SandboxMain;

/**
 * The sandbox as users run it stand-alone ({@link SandboxMain} in a JVM of its own), for the bench seller, throttling
 * off, optionally pinned to one CPU. Measuring a client against it keeps the sandbox's work out of the client's
 * process: its CPU time per call is the client's alone.
 */
public final class SandboxProcess implements AutoCloseable {

    private static final String READY = "MWS sandbox listening on ";

    private final Process process;
    private final String baseUrl;

    private SandboxProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the sandbox on a free loopback port, on {@code cpu} only when {@code cpu >= 0} and pinning is available. */
    public static SandboxProcess start(int cpu) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.net.preferIPv4Stack=true", "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(),
                "--port", "0", "--access-key", BenchAccount.ACCESS_KEY, "--secret-key", BenchAccount.SECRET_KEY,
                "--seller-id", BenchAccount.SELLER_ID, "--no-throttling"));
        List<String> command = cpu >= 0 ? CpuAffinity.onCpu(cpu, java) : java;
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (!ready.isDone() && line.startsWith(READY)) {
                        ready.complete(line.substring(READY.length()).trim());
                    }
                }
                ready.completeExceptionally(new IllegalStateException("the sandbox process ended before it listened"));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "sandbox-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new SandboxProcess(process, ready.get(60, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the sandbox process did not start: " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
