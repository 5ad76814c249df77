package io.camelmws.component.workflow;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.error.MwsWorkflowException;
import io.camelmws.component.store.MwsWorkflowStore;
import io.camelmws.component.store.WorkflowRecord;

/**
 * Records this instance's report and feed workflows in the {@link MwsWorkflowStore} and decides, before a write is
 * sent, whether another instance (or this one before a restart) already started the same request:
 * <ul>
 * <li>the same request with an id from MWS: the write is not sent again, the workflow is joined (and taken over when
 * its owner stopped saying it is alive);</li>
 * <li>the same request still being sent by a live owner: wait until it has its id or its owner is gone;</li>
 * <li>the same request whose owner died while sending it: it is taken over and looked up at MWS, as a lost answer is
 * ({@link io.camelmws.component.pipeline.CallPipeline#lookUpWrite}), and sent only if MWS never received it;</li>
 * <li>nothing of the kind: a new record is written before the write is sent (write-ahead), and gets MWS's id as soon as
 * MWS answers.</li>
 * </ul>
 * "The same request" is the same seller, write and parameters, plus the same Content-MD5 for a feed. An instance never
 * joins its own workflows: within one instance two identical exchanges are two requests, as without a store.
 */
public final class WorkflowTracker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowTracker.class);
    /** The owner of a record nobody holds: one kept after its exchange failed, for whichever exchange repeats the request. */
    static final String RELEASED = "-";
    /** A workflow started this long ago and still recorded was abandoned: it is removed. */
    static final Duration RETENTION = Duration.ofDays(1);

    private final MwsWorkflowStore store;
    private final String instanceId;
    private final Duration lease;
    private final ScheduledExecutorService scheduler;
    private final ScheduledFuture<?> heartbeat;

    /**
     * @param lease how long an owner may stay silent before its workflows are taken over; it says it is alive three
     *              times per lease
     */
    public WorkflowTracker(MwsWorkflowStore store, Duration lease, ScheduledExecutorService scheduler) {
        this.store = store;
        this.instanceId = UUID.randomUUID().toString();
        this.lease = lease;
        this.scheduler = scheduler;
        long beat = Math.max(1, lease.toMillis() / 3);
        this.heartbeat = scheduler.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        try {
            int removed = store.removeStartedBefore(Instant.now().minus(RETENTION));
            if (removed > 0) {
                LOG.info("Removed {} MWS workflow records started more than {} ago from the {} workflow store", removed, RETENTION, store.describe());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not remove old records from the MWS workflow store: {}", e.getMessage());
        }
    }

    private void beat() {
        try {
            store.heartbeat(instanceId, Instant.now());
        } catch (RuntimeException e) {
            // Another instance may take these workflows over if this lasts a lease; nothing is sent twice for that.
            LOG.warn("Could not tell the MWS workflow store that this instance is alive: {}", e.getMessage());
        }
    }

    /** This instance's id as an owner in the store (random per start: a restarted instance adopts its old records). */
    public String instanceId() {
        return instanceId;
    }

    public MwsWorkflowStore store() {
        return store;
    }

    /** What to do about a write before it is sent. */
    public sealed interface Decision {
    }

    /** Send it; its record is written. */
    public record Fresh(WorkflowRecord record) implements Decision {
    }

    /** Do not send it: wait for this id, which MWS gave the same request of another instance. */
    public record Join(WorkflowRecord record, boolean owned) implements Decision {
    }

    /**
     * The owner died while sending it: look it up at MWS. {@code knownIds} belong to other workflows of the seller,
     * {@code othersUnderWay} are the starts of other writes of the same kind being sent without an id yet.
     */
    public record Recover(WorkflowRecord record, List<String> knownIds, List<Instant> othersUnderWay) implements Decision {
    }

    /**
     * Decides about a write of {@code parameters} (and {@code documentMd5} for a feed) for a seller; completes once the
     * decision can be made, waiting meanwhile (without a thread) for a live owner sending the same request.
     */
    public CompletableFuture<Decision> begin(String sellerKey, String kind, String writeAction, String typeParameter,
                                             SortedMap<String, String> parameters, String documentMd5, Duration timeout) {
        String requestKey = requestKey(writeAction, parameters, documentMd5);
        CompletableFuture<Decision> decided = new CompletableFuture<>();
        Instant deadline = Instant.now().plus(timeout);
        decide(sellerKey, kind, writeAction, typeParameter, parameters, requestKey, deadline, decided);
        return decided;
    }

    private void decide(String sellerKey, String kind, String writeAction, String typeParameter, SortedMap<String, String> parameters,
                        String requestKey, Instant deadline, CompletableFuture<Decision> decided) {
        try {
            Instant now = Instant.now();
            List<WorkflowRecord> records = store.ofSeller(sellerKey);
            for (WorkflowRecord record : records) {
                if (!record.requestKey().equals(requestKey) || !record.writeAction().equals(writeAction) || record.owner().equals(instanceId)) {
                    continue;
                }
                boolean orphaned = record.owner().equals(RELEASED) || record.orphaned(now, lease);
                if (record.hasMwsId()) {
                    boolean owned = orphaned && store.claim(record, instanceId, now, null);
                    LOG.info("{} {} was requested by {} instance; awaiting its {} instead of sending it again", writeAction, record.parameters(),
                            owned ? "a stopped" : "another", record.mwsId());
                    decided.complete(new Join(record.ownedBy(owned ? instanceId : record.owner(), now), owned));
                    return;
                }
                if (orphaned && store.claim(record, instanceId, now, null)) {
                    String type = parameters.get(typeParameter);
                    List<String> known = new ArrayList<>();
                    List<Instant> underWay = new ArrayList<>();
                    for (WorkflowRecord other : records) {
                        if (other.recordId().equals(record.recordId())) {
                            continue;
                        }
                        if (other.hasMwsId()) {
                            known.add(other.mwsId());
                        } else if (other.writeAction().equals(writeAction) && java.util.Objects.equals(type, parse(other.parameters()).get(typeParameter))) {
                            underWay.add(other.startedAt());
                        }
                    }
                    LOG.info("{} {} was being sent by an instance that stopped; asking MWS whether it arrived", writeAction, record.parameters());
                    decided.complete(new Recover(record.ownedBy(instanceId, now), known, underWay));
                    return;
                }
                // Being sent by a live owner (or just taken over by another instance): its id comes soon.
                if (now.isAfter(deadline)) {
                    decided.completeExceptionally(new MwsWorkflowException(writeAction, null, null, "another instance has been sending the same "
                            + writeAction + " since " + record.startedAt() + " without an id from MWS; not sending it a second time"));
                    return;
                }
                scheduler.schedule(() -> decide(sellerKey, kind, writeAction, typeParameter, parameters, requestKey, deadline, decided),
                        Math.max(1, lease.toMillis() / 3), TimeUnit.MILLISECONDS);
                return;
            }
            WorkflowRecord fresh = new WorkflowRecord(UUID.randomUUID().toString(), sellerKey, kind, writeAction, requestKey, format(parameters), null,
                    now, instanceId, now);
            store.add(fresh);
            decided.complete(new Fresh(fresh));
        } catch (RuntimeException e) {
            decided.completeExceptionally(e);
        }
    }

    /** MWS gave the record's write this id. */
    public void started(WorkflowRecord record, String mwsId) {
        try {
            store.started(record.recordId(), mwsId);
        } catch (RuntimeException e) {
            // The exchange goes on with the id (and its header names it); only a take-over by another instance is lost.
            LOG.warn("Could not record {} in the MWS workflow store: {}", mwsId, e.getMessage());
        }
    }

    /** A recovered write was not found at MWS: this instance sends it again, as of now. */
    public void resend(WorkflowRecord record) {
        store.claim(record, instanceId, Instant.now(), Instant.now());
    }

    /** The workflow ended for good (its result handed on, or MWS's final word): nobody needs to finish it. */
    public void finished(WorkflowRecord record) {
        try {
            store.remove(record.recordId());
        } catch (RuntimeException e) {
            LOG.warn("Could not remove finished workflow {} from the MWS workflow store: {}", record.mwsId(), e.getMessage());
        }
    }

    /**
     * The exchange failed before the workflow ended (a timeout, a failed download): the record stays, owned by nobody,
     * so the next exchange of the same request, on any instance, finishes it.
     */
    public void release(WorkflowRecord record) {
        try {
            store.claim(record, RELEASED, Instant.now(), null);
        } catch (RuntimeException e) {
            LOG.warn("Could not release workflow {} in the MWS workflow store: {}", record.mwsId(), e.getMessage());
        }
    }

    @Override
    public void close() {
        heartbeat.cancel(false);
    }

    /** What makes two writes the same request: the write, its parameters, and a feed's document digest. */
    public static String requestKey(String writeAction, SortedMap<String, String> parameters, String documentMd5) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((writeAction + "?" + format(parameters) + "#" + (documentMd5 == null ? "" : documentMd5)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every Java SE implementation", e);
        }
    }

    public static String format(SortedMap<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue() == null ? "" : parameter.getValue(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    static SortedMap<String, String> parse(String text) {
        SortedMap<String, String> parameters = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return parameters;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
