package io.camelmws.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The machine a run was made on, as docs/performance.md shows it: {@code nproc}, {@code free -h},
 * {@code java -version}, the CPU model from /proc/cpuinfo, the date; and the load average, read before each
 * benchmark.
 */
public record Machine(int processors, String cpuModel, String memory, String javaVersion, String os, LocalDate date) {

    public static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), command("free", "-h"),
                command(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                LocalDate.now());
    }

    private static String readCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    /** The 1-, 5- and 15-minute load averages, or NaNs where /proc/loadavg is missing. */
    public static double[] loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
    }

    /**
     * Waits (at most {@code maxWaitSeconds}) until the 1-minute load average is at most {@code threshold}, so other
     * builds on the machine do not take the cores a measurement needs. Returns the load average when it stopped
     * waiting; the caller records it next to the figures.
     */
    public static double[] awaitQuiet(double threshold, long maxWaitSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxWaitSeconds);
        double[] load = loadAverage();
        boolean told = false;
        while (load[0] > threshold && System.nanoTime() < deadline) {
            if (!told) {
                System.out.printf(Locale.ROOT, "# load average %.2f > %.2f: waiting up to %d s for the machine to calm down%n", load[0], threshold,
                        maxWaitSeconds);
                told = true;
            }
            Thread.sleep(5_000);
            load = loadAverage();
        }
        return load;
    }

    private static String command(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                String output = new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
                process.waitFor(10, TimeUnit.SECONDS);
                return output;
            }
        } catch (IOException e) {
            return "unavailable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unavailable (interrupted)";
        }
    }
}
