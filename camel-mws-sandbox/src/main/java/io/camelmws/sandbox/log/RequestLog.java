package io.camelmws.sandbox.log;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's memory of requests, newest last. Bounded, because a benchmark can send millions of requests;
 * when full, the oldest entry is dropped. Lock-free, so recording never slows the server down.
 */
public final class RequestLog {

    private final int capacity;
    private final Queue<SandboxRequest> entries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    public RequestLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("requestLogCapacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public void record(SandboxRequest request) {
        entries.add(request);
        if (size.incrementAndGet() > capacity && entries.poll() != null) {
            size.decrementAndGet();
        }
    }

    /** An immutable copy, oldest first. */
    public List<SandboxRequest> snapshot() {
        return List.copyOf(entries);
    }

    public void clear() {
        while (entries.poll() != null) {
            size.decrementAndGet();
        }
    }

    public int capacity() {
        return capacity;
    }
}
