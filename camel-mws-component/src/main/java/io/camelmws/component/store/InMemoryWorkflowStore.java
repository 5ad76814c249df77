package io.camelmws.component.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The workflow store of one JVM: survives neither a restart nor a move to another instance. */
final class InMemoryWorkflowStore implements MwsWorkflowStore {

    private final Map<String, WorkflowRecord> records = new ConcurrentHashMap<>();

    @Override
    public void add(WorkflowRecord record) {
        records.put(record.recordId(), record);
    }

    @Override
    public void started(String recordId, String mwsId) {
        records.computeIfPresent(recordId, (id, record) -> record.withMwsId(mwsId));
    }

    @Override
    public boolean claim(WorkflowRecord expected, String owner, Instant now, Instant restartedAt) {
        boolean[] taken = {false};
        records.computeIfPresent(expected.recordId(), (id, record) -> {
            if (!record.owner().equals(expected.owner()) || !record.heartbeatAt().equals(expected.heartbeatAt())) {
                return record;
            }
            taken[0] = true;
            WorkflowRecord claimed = record.ownedBy(owner, now);
            return restartedAt == null ? claimed : claimed.restartedAt(restartedAt);
        });
        return taken[0];
    }

    @Override
    public void heartbeat(String owner, Instant now) {
        records.replaceAll((id, record) -> record.owner().equals(owner) ? record.ownedBy(owner, now) : record);
    }

    @Override
    public void remove(String recordId) {
        records.remove(recordId);
    }

    @Override
    public List<WorkflowRecord> ofSeller(String sellerKey) {
        return records.values().stream().filter(record -> record.sellerKey().equals(sellerKey))
                .sorted(Comparator.comparing(WorkflowRecord::startedAt)).toList();
    }

    @Override
    public int removeStartedBefore(Instant before) {
        int[] removed = {0};
        records.values().removeIf(record -> record.startedAt().isBefore(before) && ++removed[0] > 0);
        return removed[0];
    }

    @Override
    public String describe() {
        return "memory";
    }
}
