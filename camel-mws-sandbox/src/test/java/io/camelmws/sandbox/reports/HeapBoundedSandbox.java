package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.MwsSandbox;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A sandbox for a child JVM with a small heap: reports are ready at once and nothing is throttled. Prints
 * {@code READY <port>}, then answers {@code heap} on stdin with {@code HEAP <peak heap bytes> <max heap bytes>}
 * and stops on {@code quit} or end of input.
 */
public final class HeapBoundedSandbox {

    static final String ACCESS_KEY = "AKIAHEAPBOUNDED00001";
    static final String SECRET_KEY = "heap/bounded+secret=";
    static final String SELLER_ID = "A1HEAPBOUNDED";

    private HeapBoundedSandbox() {
    }

    public static void main(String[] args) throws Exception {
        try (MwsSandbox sandbox = MwsSandbox.builder().port(0).accessKey(ACCESS_KEY).secretKey(SECRET_KEY)
                .sellerId(SELLER_ID).throttling(false).orders(100)
                .reportProcessingTimes(Duration.ZERO, Duration.ZERO).build().start()) {
            System.out.println("READY " + sandbox.port());
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String command = commands.readLine(); command != null && !command.equals("quit");
                 command = commands.readLine()) {
                if (command.equals("heap")) {
                    System.out.println("HEAP " + peakHeapUsed() + " " + Runtime.getRuntime().maxMemory());
                    System.out.flush();
                }
            }
        }
    }

    /** The sum of every heap pool's peak: an upper bound of the heap ever used at once. */
    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
