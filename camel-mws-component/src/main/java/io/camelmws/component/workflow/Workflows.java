package io.camelmws.component.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.Workflow;
import io.camelmws.component.error.MwsFeedProcessingException;
import io.camelmws.component.error.MwsReportCancelledException;
import io.camelmws.component.error.MwsReportNoDataException;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.error.MwsWorkflowException;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.pipeline.OutcomeRecovery;
import io.camelmws.component.store.WorkflowRecord;
import io.camelmws.component.xml.SafeXml;

/**
 * The one-step report and feed workflows of one endpoint: request or submit, wait (sharing the seller's status
 * polls), then download and verify the report or processing report. Which operations each step calls is the catalog's
 * {@link Workflow} of the write. Every way a workflow can end badly is an {@code MwsException}.
 */
public final class Workflows {

    private final CallPipeline pipeline;
    private final StatusPoller poller;
    private final Workflow workflow;
    /** The write the workflow starts (RequestReport, SubmitFeed): the action its failures are reported under. */
    private final String writeAction;
    private final Duration timeout;
    private final Function<String, Charset> textCharset;
    // Resolved once: the pipeline caches templates and quotas per operation by identity.
    private final ResolvedOperation download;
    private final ResolvedOperation reportList;
    private final ResolvedOperation acknowledge;
    private final ResolvedOperation write;
    private final WorkflowTracker tracker;
    private final String sellerKey;

    /**
     * @param write       the endpoint's write (RequestReport, SubmitFeed), whose catalog entry names the workflow
     * @param textCharset the charset of a downloaded text document, from its Content-Type
     */
    public Workflows(CallPipeline pipeline, StatusPoller poller, ResolvedOperation write, Duration timeout, Function<String, Charset> textCharset) {
        this(pipeline, poller, write, timeout, textCharset, null, null);
    }

    /**
     * @param tracker   records the workflows in the workflow store and finds the same request started elsewhere; null for none
     * @param sellerKey the seller as the store names it (MWS address, access-key fingerprint, seller id)
     */
    public Workflows(CallPipeline pipeline, StatusPoller poller, ResolvedOperation write, Duration timeout, Function<String, Charset> textCharset,
                     WorkflowTracker tracker, String sellerKey) {
        this.pipeline = pipeline;
        this.write = write;
        this.tracker = tracker;
        this.sellerKey = sellerKey;
        this.poller = poller;
        this.workflow = write.operation().startsWorkflow()
                .orElseThrow(() -> new IllegalArgumentException(write.action() + " starts no workflow to await"));
        this.writeAction = write.action();
        this.timeout = timeout;
        this.textCharset = textCharset;
        OperationResolver resolver = new OperationResolver(MwsCatalog.standard());
        this.download = resolver.resolve(workflow.download(), write.section().name(), write.version());
        this.reportList = workflow.reportList() == null ? null : resolver.resolve(workflow.reportList(), write.section().name(), write.version());
        this.acknowledge = workflow.acknowledge() == null ? null : resolver.resolve(workflow.acknowledge(), write.section().name(), write.version());
    }

    /**
     * @param existingId a ReportRequestId to resume, or null to request a new report with {@code requestReport}
     * @param onStarted  told the write's result (ReportRequestId, whether it was recovered) as soon as MWS gives it
     * @param stats      the download call's: CamelMwsAttempts counts the attempts of the call whose answer is the body
     */
    public CompletableFuture<WorkflowOutcome> report(String existingId, WriteRequest requestReport,
                                                     Consumer<Started> onStarted, boolean failOnNoData, CallStats stats) {
        return tracked(start(existingId, requestReport, onStarted), requestId -> poller.await(requestId, timeout, writeAction)
                .thenCompose(status -> {
                    if (status.status().equals("_CANCELLED_")) {
                        return CompletableFuture.failedFuture(new MwsReportCancelledException(status.id()));
                    }
                    if (status.status().equals("_DONE_NO_DATA_")) {
                        return failOnNoData ? CompletableFuture.failedFuture(new MwsReportNoDataException(status.id()))
                                : CompletableFuture.completedFuture(new WorkflowOutcome(status.id(), status.status(), null, null, null));
                    }
                    return reportIdOf(status).thenCompose(reportId -> pipeline.call(download, parameters("ReportId", reportId), null, stats)
                            .thenApply(report -> new WorkflowOutcome(status.id(), status.status(), reportId, report, null)));
                }));
    }

    /** Marks a report acknowledged (UpdateReportAcknowledgements), e.g. once the route has stored it. */
    public CompletableFuture<MwsResult> acknowledge(String reportId) {
        SortedMap<String, String> parameters = parameters(acknowledge.section().listNaming(acknowledge.operation(), "ReportIdList").element(1), reportId);
        parameters.put("Acknowledged", "true");
        return pipeline.call(acknowledge, parameters, null, new CallStats());
    }

    /**
     * @param existingId a FeedSubmissionId to resume, or null to submit with {@code submitFeed}
     */
    public CompletableFuture<WorkflowOutcome> feed(String existingId, WriteRequest submitFeed, Consumer<Started> onStarted,
                                                   boolean failOnFeedErrors, CallStats stats) {
        return tracked(start(existingId, submitFeed, onStarted), submissionId -> poller.await(submissionId, timeout, writeAction)
                .thenCompose(status -> {
                    if (status.status().equals("_CANCELLED_")) {
                        return CompletableFuture.failedFuture(new MwsFeedProcessingException(status.id(), status.status(),
                                "feed submission " + status.id() + " was cancelled (_CANCELLED_)", List.of()));
                    }
                    return pipeline.call(download, parameters("FeedSubmissionId", status.id()), null, stats)
                            .thenApply(result -> feedOutcome(status, result, failOnFeedErrors));
                }));
    }

    /**
     * What the write produced: the id to follow, whether it was recovered after its answer was lost (or found at MWS
     * after the instance sending it stopped), and whether it was adopted from another instance's workflow rather than sent.
     */
    public record Started(String id, boolean recovered, boolean adopted) {

        public Started(String id, boolean recovered) {
            this(id, recovered, false);
        }
    }

    /**
     * The write a workflow starts with: its parameters and, for a feed, its document's Content-MD5 (what makes two writes
     * the same request), and how to send it.
     */
    public record WriteRequest(SortedMap<String, String> parameters, String documentMd5, Supplier<CompletableFuture<MwsResult>> send) {
    }

    /** The id a workflow follows, and its record in the workflow store (null when there is none). */
    private record Begun(String id, WorkflowRecord record, boolean owned) {
    }

    /** Runs the rest of the workflow, then removes its record when it ended for good, or leaves it for a repeated request. */
    private CompletableFuture<WorkflowOutcome> tracked(CompletableFuture<Begun> begun, Function<String, CompletableFuture<WorkflowOutcome>> rest) {
        return begun.thenCompose(started -> {
            CompletableFuture<WorkflowOutcome> outcome = rest.apply(started.id());
            if (started.record() == null) {
                return outcome;
            }
            return outcome.whenComplete((done, failure) -> {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause == null || endsForGood(cause)) {
                    tracker.finished(started.record());
                } else if (started.owned()) {
                    tracker.release(started.record());
                }
            });
        });
    }

    /** MWS's own final word on the submission: cancelled, no data, or processed with errors. Nobody can finish it differently. */
    private static boolean endsForGood(Throwable failure) {
        return failure instanceof MwsReportCancelledException || failure instanceof MwsReportNoDataException
               || failure instanceof MwsFeedProcessingException;
    }

    private CompletableFuture<Begun> start(String existingId, WriteRequest request, Consumer<Started> onStarted) {
        if (existingId != null) {
            onStarted.accept(new Started(existingId, false));
            return CompletableFuture.completedFuture(new Begun(existingId, null, false));
        }
        if (tracker == null) {
            return send(request, null, onStarted);
        }
        return tracker.begin(sellerKey, workflow.kind().name(), writeAction, workflow.typeParameter(), request.parameters(), request.documentMd5(), timeout)
                .thenCompose(decision -> {
                    if (decision instanceof WorkflowTracker.Join join) {
                        onStarted.accept(new Started(join.record().mwsId(), false, true));
                        return CompletableFuture.completedFuture(new Begun(join.record().mwsId(), join.record(), join.owned()));
                    }
                    if (decision instanceof WorkflowTracker.Recover recover) {
                        return recover(request, recover, onStarted);
                    }
                    return send(request, ((WorkflowTracker.Fresh) decision).record(), onStarted);
                });
    }

    /** The instance that was sending this write stopped: MWS is asked whether it arrived before it is sent again. */
    private CompletableFuture<Begun> recover(WriteRequest request, WorkflowTracker.Recover recover, Consumer<Started> onStarted) {
        WorkflowRecord record = recover.record();
        return pipeline.lookUpWrite(write, request.parameters(), record.startedAt(), recover.knownIds(), recover.othersUnderWay())
                .handle((outcome, failure) -> {
                    if (failure != null) {
                        // Still unknown: the record stays for the next exchange of this request to try again.
                        tracker.release(record);
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause()
                                : failure;
                        throw new MwsUncertainOutcomeException(writeAction, "another instance was sending it when it stopped, and looking it up at MWS"
                                                                             + " failed: " + cause.getMessage(), List.of(), cause);
                    }
                    return outcome;
                })
                .thenCompose(outcome -> {
                    if (outcome instanceof OutcomeRecovery.Found found) {
                        String id = idOf(found.result());
                        tracker.started(record, id);
                        onStarted.accept(new Started(id, true, true));
                        return CompletableFuture.completedFuture(new Begun(id, record, true));
                    }
                    if (outcome instanceof OutcomeRecovery.Ambiguous ambiguous) {
                        tracker.finished(record);
                        throw new MwsUncertainOutcomeException(writeAction, "another instance was sending it when it stopped: " + ambiguous.why(),
                                ambiguous.candidates(), null);
                    }
                    tracker.resend(record);
                    return send(request, record, onStarted);
                });
    }

    private CompletableFuture<Begun> send(WriteRequest request, WorkflowRecord record, Consumer<Started> onStarted) {
        CompletableFuture<MwsResult> sent;
        try {
            sent = request.send().get();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((result, failure) -> {
            if (failure != null && record != null) {
                // The pipeline already looked a lost answer up; what is left is a write that failed or stays uncertain.
                tracker.finished(record);
            }
        }).thenApply(result -> {
            String id = idOf(result);
            if (id == null || id.isEmpty()) {
                if (record != null) {
                    tracker.finished(record);
                }
                // MWS accepted the write, but the answer names nothing to follow: whether it will be carried out is unknown.
                throw new MwsUncertainOutcomeException(writeAction, "MWS answered without a " + workflow.id() + " to await", List.of(), null);
            }
            if (record != null) {
                tracker.started(record, id);
            }
            onStarted.accept(new Started(id, result.recovered()));
            return new Begun(id, record, true);
        });
    }

    private String idOf(MwsResult result) {
        return result.scan() == null ? null : workflow.kind() == Workflow.Kind.FEED ? result.scan().feedSubmissionId() : result.scan().reportRequestId();
    }

    private WorkflowOutcome feedOutcome(ProcessingStatus status, MwsResult result, boolean failOnFeedErrors) {
        ProcessingReport summary;
        try (InputStream report = result.response().document().streamCache()) {
            summary = ProcessingReport.read(report, textCharset.apply(result.response().metadata().contentType()));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            result.response().document().discard();
            MwsWorkflowException unreadable = new MwsWorkflowException(writeAction, status.id(), status.status(),
                    "the processing report of feed submission " + status.id() + " cannot be read: " + e.getMessage());
            unreadable.initCause(e);
            throw unreadable;
        }
        if (failOnFeedErrors && summary.withError() > 0) {
            result.response().document().discard();
            throw new MwsFeedProcessingException(status.id(), status.status(), "feed submission " + status.id() + " has " + summary.withError() + " of "
                                                 + summary.processed() + " messages with errors", summary.failures());
        }
        return new WorkflowOutcome(status.id(), status.status(), null, result, summary);
    }

    /** GeneratedReportId when MWS gave one; otherwise the report GetReportList lists for the request. */
    private CompletableFuture<String> reportIdOf(ProcessingStatus status) {
        if (status.generatedReportId() != null) {
            return CompletableFuture.completedFuture(status.generatedReportId());
        }
        return pipeline.call(reportList, parameters(reportList.section().listNaming(reportList.operation(), workflow.idList()).element(1), status.id()),
                null, new CallStats()).thenApply(result -> {
                    String reportId = firstElement(result.response().text(), "ReportId");
                    if (reportId == null) {
                        throw new MwsWorkflowException(writeAction, status.id(), status.status(),
                                "report request " + status.id() + " is _DONE_ but MWS lists no report for it");
                    }
                    return reportId;
                });
    }

    private static String firstElement(String xml, String element) {
        try {
            XMLStreamReader reader = SafeXml.reader(xml);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
                    return reader.getElementText().trim();
                }
            }
            return null;
        } catch (SafeXml.UnsafeOrMalformedXmlException | XMLStreamException e) {
            // The pipeline read this answer whole before handing it on; it cannot be unreadable here.
            throw new IllegalStateException("A document that cannot be read: " + e.getMessage(), e);
        }
    }

    private static SortedMap<String, String> parameters(String name, String value) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put(name, value);
        return parameters;
    }
}
