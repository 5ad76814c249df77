package io.camelmws.component.pipeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feed submission and report request ids this component has been handed or has seen for one seller, so a
 * look-up after a lost answer never takes a submission it already knows for the one it lost. Bounded: the oldest ids
 * go first, long after any look-up could concern them.
 */
public final class SubmissionLedger {

    static final int CAPACITY = 100_000;

    /** Per id: null when MWS handed it to one of our writes; else when it was first seen in a list answer. */
    private final Map<String, Instant> ids = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };
    private static final Instant HANDED_OUT = Instant.MIN;

    /** MWS gave this id to a write of ours: it is never another write's lost submission. */
    public synchronized void handedOut(String id) {
        if (id != null && !id.isEmpty()) {
            ids.put(id, HANDED_OUT);
        }
    }

    /** A list answer showed this id at {@code when} (this JVM's clock). */
    public synchronized void seen(String id, Instant when) {
        if (id != null && !id.isEmpty()) {
            ids.putIfAbsent(id, when);
        }
    }

    /**
     * Whether {@code id} cannot be the submission of a write that began at {@code attemptStart}: it was handed to a
     * write, or seen before that write began.
     */
    public synchronized boolean excludes(String id, Instant attemptStart) {
        Instant known = ids.get(id);
        return known != null && (known == HANDED_OUT || known.isBefore(attemptStart));
    }
}
