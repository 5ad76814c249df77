package io.camelmws.component.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feed submission and report request ids this component has been handed or has seen for one seller, so a
 * look-up after a lost answer never takes a submission it already knows for the one it lost. Bounded: the oldest ids
 * go first, long after any look-up could concern them.
 * <p>
 * It also keeps the writes of this component that are under way ({@link #began}), so that a look-up never takes for its
 * own a submission another write of the same kind may have made: one sent but still waiting for its answer, or one that
 * ended without learning its id. Those are kept only while a write that began before they ended is still under way.
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

    /** A write (SubmitFeed, RequestReport of one type) from its first attempt until its call ended. */
    public static final class Write {
        private final String kind;
        private final Instant began;
        private Instant ended;

        private Write(String kind, Instant began) {
            this.kind = kind;
            this.began = began;
        }

        /** When its first attempt began, on this JVM's clock. */
        public Instant began() {
            return began;
        }
    }

    private final List<Write> underWay = new ArrayList<>();
    /** Writes that ended without an id, while a write that began before their end may still look up. */
    private final List<Write> endedUnknown = new ArrayList<>();

    /** A write of {@code kind} (the operation and its type) begins its first attempt at {@code at}. */
    public synchronized Write began(String kind, Instant at) {
        Write write = new Write(kind, at);
        underWay.add(write);
        return write;
    }

    /**
     * The call of {@code write} ended; {@code idKnown} when it ended with its submission's id (which {@link #handedOut}
     * then holds), otherwise whatever MWS may have received for it stays unknown.
     */
    public synchronized void ended(Write write, boolean idKnown, Instant at) {
        if (!underWay.remove(write)) {
            return;
        }
        write.ended = at;
        if (!idKnown) {
            endedUnknown.add(write);
        }
        Instant oldest = underWay.stream().map(w -> w.began).min(Instant::compareTo).orElse(null);
        endedUnknown.removeIf(w -> oldest == null || w.ended.isBefore(oldest));
    }

    /**
     * Whether another write of the same kind as {@code self} may have made a submission MWS lists as received since
     * {@code self} began: one still under way, or one that ended since then without its id.
     */
    public synchronized boolean othersMayHaveSubmitted(Write self) {
        for (Write other : underWay) {
            if (other != self && other.kind.equals(self.kind)) {
                return true;
            }
        }
        for (Write other : endedUnknown) {
            if (other.kind.equals(self.kind) && !other.ended.isBefore(self.began)) {
                return true;
            }
        }
        return false;
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
