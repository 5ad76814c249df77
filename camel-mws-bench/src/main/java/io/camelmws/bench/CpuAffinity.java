package io.camelmws.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pins processes to one CPU with util-linux's {@code taskset}, so that a client and the sandbox it calls stop taking
 * cycles from each other on a 2-core machine. Where {@code taskset} is missing or the machine has one CPU, nothing
 * is pinned and {@link #available()} says so; the figures then carry {@code pinned=false}.
 */
public final class CpuAffinity {

    private static final Path TASKSET = findTaskset();

    private CpuAffinity() {
    }

    /** Whether processes can be pinned to separate CPUs here. */
    public static boolean available() {
        return TASKSET != null && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** {@code command} prefixed to run on {@code cpu} only, or unchanged when pinning is not available. */
    public static List<String> onCpu(int cpu, List<String> command) {
        if (!available()) {
            return command;
        }
        List<String> pinned = new ArrayList<>(List.of(TASKSET.toString(), "-c", String.valueOf(cpu)));
        pinned.addAll(command);
        return pinned;
    }

    /**
     * Pins every thread of this JVM to {@code cpu} ({@code taskset -a -p}); threads started later inherit it from
     * the thread that starts them. Returns false when pinning is not available.
     */
    public static boolean pinThisProcess(int cpu) throws IOException, InterruptedException {
        if (!available()) {
            return false;
        }
        Process taskset = new ProcessBuilder(TASKSET.toString(), "-a", "-p", "-c", String.valueOf(cpu), String.valueOf(ProcessHandle.current().pid()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
            throw new IllegalStateException("taskset could not pin this JVM to CPU " + cpu);
        }
        return true;
    }

    private static Path findTaskset() {
        for (String directory : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path candidate = Path.of(directory, "taskset");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
