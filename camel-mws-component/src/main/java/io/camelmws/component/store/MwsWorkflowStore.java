package io.camelmws.component.store;

import java.time.Instant;
import java.util.List;

/**
 * Where the report and feed workflows under way are recorded, so that a restarted instance, or another one, finishes a
 * workflow instead of requesting the report or sending the feed again. In memory by default; in the component's
 * {@code dataSource} when one is configured ({@link JdbcWorkflowStore}); any implementation can be bound as the
 * component's {@code workflowStore}. Every method is called on an exchange's or the component's thread and may block
 * briefly (one round trip to the store).
 */
public interface MwsWorkflowStore {

    /** Records a workflow whose write is about to be sent. */
    void add(WorkflowRecord record);

    /** MWS gave the record's write this id. */
    void started(String recordId, String mwsId);

    /**
     * Makes {@code owner} the owner of the record if it is still as {@code expected} (same owner and heartbeat), which
     * two instances adopting the same orphan at once cannot both be; also sets its start when {@code restartedAt} is not
     * null (the adopter sends the write again).
     *
     * @return whether this call took it
     */
    boolean claim(WorkflowRecord expected, String owner, Instant now, Instant restartedAt);

    /** {@code owner} is alive: every record it owns gets {@code now} as its heartbeat. */
    void heartbeat(String owner, Instant now);

    /** The workflow ended (or cannot be finished by anyone): forget it. */
    void remove(String recordId);

    /** The records of one seller, oldest first. */
    List<WorkflowRecord> ofSeller(String sellerKey);

    /** Records of every seller older than {@code before}: abandoned long ago, removed. */
    int removeStartedBefore(Instant before);

    /** What this store is, for health details and the dev console: no credential. */
    String describe();

    /** In memory, for one JVM (the default without a dataSource). */
    static MwsWorkflowStore inMemory() {
        return new InMemoryWorkflowStore();
    }
}
