package io.camelmws.component.poll;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The exchanges of one poll, in the order they were emitted, and what each came to. Once every emitted exchange is
 * done and emission has ended, the watermark moves: to the LastUpdatedBefore the poll listed up to when every order
 * was delivered, else to the LastUpdateDate of the earliest order that was not (failed, or not emitted because the
 * consumer stopped), so the next poll lists that order again. Outcomes may arrive on any thread, in any order.
 */
public final class PollBatch {

    private enum Outcome { PENDING, DELIVERED, UNDELIVERED }

    private final List<OrderVersion> orders;
    private final Instant listedUntil;
    private final Consumer<Instant> commitWatermark;
    private final Outcome[] outcomes;
    private int known;
    private boolean emissionEnded;
    private boolean committed;
    private volatile boolean done;

    /**
     * @param orders          the orders to emit, oldest change first
     * @param listedUntil     the LastUpdatedBefore MWS answered
     * @param commitWatermark called once, with where the next poll starts
     */
    public PollBatch(List<OrderVersion> orders, Instant listedUntil, Consumer<Instant> commitWatermark) {
        this.orders = List.copyOf(orders);
        this.listedUntil = listedUntil;
        this.commitWatermark = commitWatermark;
        this.outcomes = new Outcome[orders.size()];
        Arrays.fill(outcomes, Outcome.PENDING);
    }

    public List<OrderVersion> orders() {
        return orders;
    }

    /** The exchange of order {@code index} completed. */
    public void delivered(int index) {
        settle(index, Outcome.DELIVERED);
    }

    /** The exchange of order {@code index} failed, or was never emitted. */
    public void undelivered(int index) {
        settle(index, Outcome.UNDELIVERED);
    }

    /** No more exchanges will be emitted; orders from {@code emitted} on were not. */
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
                return orders.get(i).lastUpdateDate();
            }
        }
        return listedUntil;
    }

    private void commitIfReady(Instant watermark) {
        if (watermark != null) {
            try {
                commitWatermark.accept(watermark);
            } finally {
                done = true;
            }
        }
    }
}
