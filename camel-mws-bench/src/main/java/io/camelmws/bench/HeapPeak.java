package io.camelmws.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * How much heap a JVM used, from its heap memory pools as every garbage collection reports them. Heap use only grows
 * between collections, so its peak is the pools' total just before the largest collection (or now, if that is more):
 * {@link #peakBytes()}. {@link #liveAfterGcMaxBytes()} is the most still in use just after a collection: close to
 * what the program really held. Both count from {@link #watch()}. (Adding up each pool's own peak instead would
 * count peaks of different moments and can exceed -Xmx.)
 */
public final class HeapPeak {

    private static final AtomicLong BEFORE_GC_MAX = new AtomicLong();
    private static final AtomicLong AFTER_GC_MAX = new AtomicLong();

    private HeapPeak() {
    }

    /** Starts recording the heap in use before and after every garbage collection. */
    public static void watch() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        BEFORE_GC_MAX.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools), Math::max);
                        AFTER_GC_MAX.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc(), heapPools), Math::max);
                    }
                }, null, null);
            }
        }
    }

    private static long heapUsed(Map<String, MemoryUsage> pools, Set<String> heapPools) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    /** The most heap in use at any moment since {@link #watch()}. */
    public static long peakBytes() {
        return Math.max(BEFORE_GC_MAX.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    public static double peakMiB() {
        return peakBytes() / (1024.0 * 1024.0);
    }

    /** The most heap still in use right after a collection since {@link #watch()}. */
    public static double liveAfterGcMaxMiB() {
        return AFTER_GC_MAX.get() / (1024.0 * 1024.0);
    }

    /** Each heap pool's own peak, added up: an upper bound that can exceed -Xmx, shown for comparison only. */
    public static double poolPeaksSumMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }

    public static double maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
