package io.camelmws.component.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.Workflow;
import io.camelmws.component.error.MwsWorkflowException;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.xml.SafeXml;

/**
 * Waits for report requests (or feed submissions) to finish, for every workflow of a seller at once: each poll is ONE
 * GetReportRequestList (GetFeedSubmissionList) naming up to 100 pending ids, sent through the throttled pipeline, so
 * twenty concurrent workflows cost what one does and are never throttled. Waiting workflows are futures; no thread
 * waits with them. A poll that fails (after the pipeline's own retries) or answers something unreadable is tried
 * again the next interval: only awaitTimeout ends a wait, so one bad answer never fails every pending workflow.
 */
public final class StatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);
    /** MWS accepts at most 100 ids in one ...IdList. */
    static final int MAX_IDS_PER_POLL = 100;

    private final CallPipeline pipeline;
    private final ResolvedOperation listOperation;
    private final Workflow workflow;
    private final String idListPrefix;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Map<String, CompletableFuture<ProcessingStatus>> pending = new ConcurrentHashMap<>();
    /** When each pending id was first awaited, for the dev console; entries of ids no longer pending are dropped when read. */
    private final Map<String, java.time.Instant> awaitedSince = new ConcurrentHashMap<>();
    private volatile Throwable lastPollFailure;
    private boolean pollScheduled;

    /**
     * @param listOperation the workflow's list operation, resolved in the write's section and version
     * @param interval      the time between two polls, already scaled to the MWS being called
     */
    public StatusPoller(CallPipeline pipeline, ResolvedOperation listOperation, Workflow workflow, ScheduledExecutorService scheduler,
                        Duration interval) {
        this.pipeline = pipeline;
        this.listOperation = listOperation;
        this.workflow = workflow;
        this.idListPrefix = listOperation.section().listNaming(listOperation.operation(), workflow.idList()).element(1);
        this.scheduler = scheduler;
        this.interval = interval;
    }

    /** Completes with the id's final status, or exceptionally after {@code timeout}. */
    public CompletableFuture<ProcessingStatus> await(String id, Duration timeout, String action) {
        CompletableFuture<ProcessingStatus> status = pending.computeIfAbsent(id, key -> new CompletableFuture<>());
        awaitedSince.putIfAbsent(id, java.time.Instant.now());
        scheduler.schedule(() -> {
            if (pending.remove(id, status)) {
                Throwable lastFailure = lastPollFailure;
                MwsWorkflowException timedOut = new MwsWorkflowException(action, id, null, "MWS had not finished " + id + " after awaitTimeout ("
                        + timeout.toMillis() + " ms)" + (lastFailure == null ? "" : "; the last status poll failed: " + lastFailure.getMessage())
                        + "; resume with its id");
                if (lastFailure != null) {
                    timedOut.initCause(lastFailure);
                }
                status.completeExceptionally(timedOut);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        schedulePoll(interval);
        return status;
    }

    /** The ids awaited now and since when, oldest first. */
    public List<Map.Entry<String, java.time.Instant>> pending() {
        awaitedSince.keySet().retainAll(pending.keySet());
        List<Map.Entry<String, java.time.Instant>> ids = new ArrayList<>(awaitedSince.entrySet());
        ids.sort(Map.Entry.comparingByValue());
        return ids;
    }

    /** REPORT or FEED. */
    public Workflow.Kind kind() {
        return workflow.kind();
    }

    private synchronized void schedulePoll(Duration delay) {
        if (pollScheduled || pending.isEmpty()) {
            return;
        }
        pollScheduled = true;
        try {
            scheduler.schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            pollScheduled = false;
        }
    }

    private void poll() {
        synchronized (this) {
            pollScheduled = false;
        }
        List<String> ids = new ArrayList<>(pending.keySet());
        if (ids.isEmpty()) {
            return;
        }
        if (ids.size() > MAX_IDS_PER_POLL) {
            ids = ids.subList(0, MAX_IDS_PER_POLL);
        }
        SortedMap<String, String> parameters = new TreeMap<>();
        String prefix = idListPrefix.substring(0, idListPrefix.length() - 1);
        for (int i = 0; i < ids.size(); i++) {
            parameters.put(prefix + (i + 1), ids.get(i));
        }
        parameters.put("MaxCount", String.valueOf(MAX_IDS_PER_POLL));
        pipeline.call(listOperation, parameters, null, new CallStats()).whenComplete((result, failure) -> {
            try {
                if (failure != null) {
                    onPollFailure(failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure);
                } else {
                    complete(parse(result.response().text()));
                    lastPollFailure = null;
                }
            } catch (RuntimeException e) {
                onPollFailure(e);
            } finally {
                schedulePoll(interval);
            }
        });
    }

    private void complete(List<ProcessingStatus> statuses) {
        for (ProcessingStatus status : statuses) {
            if (status.isFinal()) {
                CompletableFuture<ProcessingStatus> waiting = pending.remove(status.id());
                if (waiting != null) {
                    waiting.complete(status);
                }
            }
        }
    }

    private void onPollFailure(Throwable failure) {
        lastPollFailure = failure;
        LOG.warn("Polling {} for {} pending ids failed: {}; trying again in {} ms (each wait ends at its awaitTimeout at the latest)",
                listOperation.action(), pending.size(), failure.getMessage(), interval.toMillis());
    }

    private List<ProcessingStatus> parse(String xml) {
        List<ProcessingStatus> statuses = new ArrayList<>();
        try {
            XMLStreamReader reader = SafeXml.reader(xml);
            String id = null;
            String status = null;
            String generated = null;
            boolean inInfo = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals(workflow.info())) {
                        inInfo = true;
                        id = null;
                        status = null;
                        generated = null;
                    } else if (inInfo && name.equals(workflow.id())) {
                        id = reader.getElementText().trim();
                    } else if (inInfo && name.equals(workflow.status())) {
                        status = reader.getElementText().trim();
                    } else if (inInfo && name.equals("GeneratedReportId")) {
                        generated = reader.getElementText().trim();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals(workflow.info())) {
                    inInfo = false;
                    if (id != null && status != null) {
                        statuses.add(new ProcessingStatus(id, status, generated == null || generated.isEmpty() ? null : generated));
                    }
                }
            }
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException e) {
            throw new IllegalStateException(listOperation.action() + " answered a document that cannot be read: " + e.getMessage(), e);
        }
        return statuses;
    }
}
