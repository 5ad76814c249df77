package io.camelmws.component.poll;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;

/**
 * The exchanges of one poll, in the order they were emitted, and what each came to. Once every emitted exchange is
 * done and emission has ended, the watermark moves: to where the poll listed up to when every item was delivered,
 * else to the version instant of the earliest item that was not (failed, or not emitted because the consumer
 * stopped), so the next poll lists that item again. Outcomes may arrive on any thread, in any order.
 */
public final class PollBatch {

    private enum Outcome { PENDING, DELIVERED, UNDELIVERED }

    /** What is done once a poll's exchanges are: the watermark stored, delivered items acknowledged. */
    @FunctionalInterface
    public interface Commit {
        /**
         * @param watermark where the next poll starts
         * @param delivered the items whose exchanges completed, in emission order
         */
        void commit(Instant watermark, List<PolledItem> delivered);
    }

    private final List<PolledItem> items;
    private final Instant listedUntil;
    private final Commit commit;
    private final Outcome[] outcomes;
    private int known;
    private boolean emissionEnded;
    private boolean committed;
    private volatile boolean done;

    /**
     * @param items          the items to emit, oldest change first
     * @param listedUntil     where the poll listed up to (the LastUpdatedBefore MWS answered)
     * @param commit          called once, when every exchange is done
     */
    public PollBatch(List<PolledItem> items, Instant listedUntil, Commit commit) {
        this.items = List.copyOf(items);
        this.listedUntil = listedUntil;
        this.commit = commit;
        this.outcomes = new Outcome[items.size()];
        Arrays.fill(outcomes, Outcome.PENDING);
    }

    public List<PolledItem> items() {
        return items;
    }

    /** The exchange of item {@code index} completed. */
    public void delivered(int index) {
        settle(index, Outcome.DELIVERED);
    }

    /** The exchange of item {@code index} failed, or was never emitted. */
    public void undelivered(int index) {
        settle(index, Outcome.UNDELIVERED);
    }

    /** No more exchanges will be emitted; items from {@code emitted} on were not. */
    public void emissionEnded(int emitted) {
        Instant commit;
        synchronized (this) {
            for (int i = emitted; i < outcomes.length; i++) {
                if (outcomes[i] == Outcome.PENDING) {
                    outcomes[i] = Outcome.UNDELIVERED;
                    known++;
                }
            }
            emissionEnded = true;
            commit = readyToCommit();
        }
        commitIfReady(commit);
    }

    /** Whether the watermark of this poll has been committed: every exchange is done. */
    public boolean isDone() {
        return done;
    }

    private void settle(int index, Outcome outcome) {
        Instant commit;
        synchronized (this) {
            // Reported once: an exchange's synchronization and the emitting loop may both see a failure.
            if (outcomes[index] != Outcome.PENDING) {
                return;
            }
            outcomes[index] = outcome;
            known++;
            commit = readyToCommit();
        }
        commitIfReady(commit);
    }

    /** Where the next poll starts, once it is known and not yet committed; else null. Called holding the lock. */
    private Instant readyToCommit() {
        if (committed || !emissionEnded || known < outcomes.length) {
            return null;
        }
        committed = true;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == Outcome.UNDELIVERED) {
                return items.get(i).version();
            }
        }
        return listedUntil;
    }

    private void commitIfReady(Instant watermark) {
        if (watermark != null) {
            try {
                List<PolledItem> delivered = new ArrayList<>();
                for (int i = 0; i < outcomes.length; i++) {
                    if (outcomes[i] == Outcome.DELIVERED) {
                        delivered.add(items.get(i));
                    }
                }
                commit.commit(watermark, delivered);
            } finally {
                done = true;
            }
        }
    }
}
