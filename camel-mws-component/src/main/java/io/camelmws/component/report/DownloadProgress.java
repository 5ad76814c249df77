package io.camelmws.component.report;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of an endpoint's downloads: a log line every {@code interval} while a download runs, and counters
 * an endpoint exposes as JMX attributes (bytes downloaded, downloads active, the last measured rate).
 */
public final class DownloadProgress {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadProgress.class);

    private final Duration interval;
    private final AtomicLong totalBytes = new AtomicLong();
    private final AtomicInteger active = new AtomicInteger();
    private volatile double lastBytesPerSecond;

    public DownloadProgress(Duration interval) {
        this.interval = interval;
    }

    /** Tracks one download; call {@link Tracker#advance} as bytes arrive and {@link Tracker#close} at the end. */
    public Tracker start(String action, String requestId) {
        active.incrementAndGet();
        return new Tracker(action, requestId);
    }

    public long totalBytes() {
        return totalBytes.get();
    }

    public int activeDownloads() {
        return active.get();
    }

    public double lastBytesPerSecond() {
        return lastBytesPerSecond;
    }

    public final class Tracker implements AutoCloseable {
        private final String action;
        private final String requestId;
        private final long startNanos = System.nanoTime();
        private long nextReportNanos;
        private long bytes;

        Tracker(String action, String requestId) {
            this.action = action;
            this.requestId = requestId;
            this.nextReportNanos = startNanos + interval.toNanos();
        }

        public void advance(int count) {
            bytes += count;
            totalBytes.addAndGet(count);
            long now = System.nanoTime();
            if (now >= nextReportNanos) {
                nextReportNanos = now + interval.toNanos();
                lastBytesPerSecond = rate(now);
                LOG.info("{} {}: {} so far at {}/s", action, requestId, size(bytes), size((long) lastBytesPerSecond));
            }
        }

        private double rate(long now) {
            double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
            return bytes / seconds;
        }

        @Override
        public void close() {
            lastBytesPerSecond = rate(System.nanoTime());
            active.decrementAndGet();
        }
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
