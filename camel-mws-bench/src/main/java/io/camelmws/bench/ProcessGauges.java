package io.camelmws.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a leak makes grow in a long-running JVM: the heap still in use after full collections, the live threads and
 * the open file descriptors. Measured at the start and the end of a soak, in the same state (nothing in flight), so
 * that the two can be compared.
 *
 * @param heapMiB         heap in use right after {@link #COLLECTIONS} explicit collections
 * @param threads         live threads, daemons included
 * @param fileDescriptors entries of {@code /proc/self/fd} (the listing's own descriptor included); -1 where there is
 *                        no such directory
 */
public record ProcessGauges(double heapMiB, int threads, int fileDescriptors) {

    /** Collections before the heap is read: the second frees what the first only finalised or enqueued. */
    static final int COLLECTIONS = 3;

    public static ProcessGauges measure() throws InterruptedException {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            Thread.sleep(100);
        }
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        return new ProcessGauges(heap, liveThreads(), openFileDescriptors());
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** The live threads by name, numbers as N ({@code Camel (camel-N) thread #N - MwsWorker}), for a log to compare. */
    public static Map<String, Integer> threadKinds() {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            kinds.merge(NUMBER.matcher(thread.getName()).replaceAll("N"), 1, Integer::sum);
        }
        return kinds;
    }

    public static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    public static int openFileDescriptors() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (Stream<Path> open = Files.list(fds)) {
            return (int) open.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
