package io.camelmws.component.monitor;

import java.time.Instant;

/**
 * What one polling consumer of a seller reports to the health check and the dev console: what it polls, where its
 * state is kept, its watermark and when a poll last completed. Written by the consumer's polling thread, read by
 * others.
 */
public final class PollStatus {

    /** Where a consumer keeps its watermark and delivered keys. */
    public enum Storage {
        /** Lost on restart: the consumer starts again from initialLastUpdatedAfter and may deliver again. */
        MEMORY,
        /** Camel's file repositories of stateFile. */
        FILE,
        /** The repositories the user gave. */
        REPOSITORIES
    }

    private final String action;
    private final String routeId;
    private final Storage storage;
    private volatile Instant watermark;
    private volatile Instant lastSuccessfulPoll;
    private volatile String lastFailure;

    public PollStatus(String action, String routeId, Storage storage) {
        this.action = action;
        this.routeId = routeId;
        this.storage = storage;
    }

    public String action() {
        return action;
    }

    /** The route the consumer feeds, or null when it has no id yet. */
    public String routeId() {
        return routeId;
    }

    public Storage storage() {
        return storage;
    }

    /** The committed watermark: where the next poll's window starts; null before any is stored. */
    public Instant watermark() {
        return watermark;
    }

    /** When (this machine's clock) a poll last listed without failing; null before any. */
    public Instant lastSuccessfulPoll() {
        return lastSuccessfulPoll;
    }

    /** The class of the last poll's failure, or null when the last poll succeeded. Never a message: it may quote a signed string. */
    public String lastFailure() {
        return lastFailure;
    }

    public void watermark(Instant committed) {
        this.watermark = committed;
    }

    public void polled(Instant at) {
        this.lastSuccessfulPoll = at;
        this.lastFailure = null;
    }

    public void failed(Throwable failure) {
        this.lastFailure = failure.getClass().getSimpleName();
    }
}
