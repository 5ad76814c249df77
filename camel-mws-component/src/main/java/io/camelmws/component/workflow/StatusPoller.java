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
import io.camelmws.component.error.MwsException;
import io.camelmws.component.invoke.CallStats;
import io.camelmws.component.invoke.MwsInvoker;
import io.camelmws.component.xml.SafeXml;

/**
 * Waits for report requests (or feed submissions) to finish, for every workflow of a seller at once: each
 * poll is ONE GetReportRequestList (GetFeedSubmissionList) naming up to 100 pending ids, sent through the
 * throttled invoker, so twenty concurrent workflows cost what one does and are never throttled. Waiting
 * workflows are futures; no thread waits with them.
 */
public final class StatusPoller {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPoller.class);
    /** MWS accepts at most 100 ids in one ...IdList. */
    static final int MAX_IDS_PER_POLL = 100;

    /** Which list operation, id list parameter and info element a kind of workflow polls with. */
    public record Kind(String idListParameter, String infoElement, String idElement, String statusElement) {
        public static final Kind REPORT = new Kind("ReportRequestIdList.Id.", "ReportRequestInfo", "ReportRequestId", "ReportProcessingStatus");
        public static final Kind FEED = new Kind("FeedSubmissionIdList.Id.", "FeedSubmissionInfo", "FeedSubmissionId", "FeedProcessingStatus");
    }

    private final MwsInvoker invoker;
    private final ResolvedOperation listOperation;
    private final Kind kind;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Map<String, CompletableFuture<ProcessingStatus>> pending = new ConcurrentHashMap<>();
    private boolean pollScheduled;

    public StatusPoller(MwsInvoker invoker, ResolvedOperation listOperation, Kind kind, ScheduledExecutorService scheduler, Duration interval) {
        this.invoker = invoker;
        this.listOperation = listOperation;
        this.kind = kind;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    /** Completes with the id's final status, or exceptionally after {@code timeout} or when polling fails for good. */
    public CompletableFuture<ProcessingStatus> await(String id, Duration timeout, String action) {
        CompletableFuture<ProcessingStatus> status = pending.computeIfAbsent(id, key -> new CompletableFuture<>());
        scheduler.schedule(() -> {
            if (pending.remove(id, status)) {
                status.completeExceptionally(new io.camelmws.component.error.MwsWorkflowException(action, id, null,
                        "MWS had not finished " + id + " after awaitTimeout (" + timeout.toMillis() + " ms); resume with its id"));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        schedulePoll(interval);
        return status;
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
        for (int i = 0; i < ids.size(); i++) {
            parameters.put(kind.idListParameter() + (i + 1), ids.get(i));
        }
        parameters.put("MaxCount", String.valueOf(MAX_IDS_PER_POLL));
        invoker.invoke(listOperation, parameters, null, new CallStats()).whenComplete((result, failure) -> {
            if (failure != null) {
                onPollFailure(MwsInvoker.unwrap(failure));
            } else {
                try {
                    for (ProcessingStatus status : parse(result.response().text())) {
                        if (status.isFinal()) {
                            CompletableFuture<ProcessingStatus> waiting = pending.remove(status.id());
                            if (waiting != null) {
                                waiting.complete(status);
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    onPollFailure(e);
                    return;
                }
            }
            schedulePoll(interval);
        });
    }

    /** A poll that failed even after the invoker's retries: transient ones are tried again next interval, others end the waits. */
    private void onPollFailure(Throwable failure) {
        boolean transient_ = failure instanceof MwsException mws ? mws.isRetryable() : failure instanceof java.io.IOException;
        LOG.warn("Polling {} for {} pending ids failed: {}{}", listOperation.action(), pending.size(), failure.getMessage(),
                transient_ ? "; trying again next interval" : "");
        if (!transient_) {
            for (String id : new ArrayList<>(pending.keySet())) {
                CompletableFuture<ProcessingStatus> waiting = pending.remove(id);
                if (waiting != null) {
                    waiting.completeExceptionally(failure);
                }
            }
        }
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
                    if (name.equals(kind.infoElement())) {
                        inInfo = true;
                        id = null;
                        status = null;
                        generated = null;
                    } else if (inInfo && name.equals(kind.idElement())) {
                        id = reader.getElementText().trim();
                    } else if (inInfo && name.equals(kind.statusElement())) {
                        status = reader.getElementText().trim();
                    } else if (inInfo && name.equals("GeneratedReportId")) {
                        generated = reader.getElementText().trim();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals(kind.infoElement())) {
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
