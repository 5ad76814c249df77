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

    /**
     * @param write       the endpoint's write (RequestReport, SubmitFeed), whose catalog entry names the workflow
     * @param textCharset the charset of a downloaded text document, from its Content-Type
     */
    public Workflows(CallPipeline pipeline, StatusPoller poller, ResolvedOperation write, Duration timeout, Function<String, Charset> textCharset) {
        this.pipeline = pipeline;
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
    public CompletableFuture<WorkflowOutcome> report(String existingId, Supplier<CompletableFuture<MwsResult>> requestReport,
                                                     Consumer<Started> onStarted, boolean failOnNoData, CallStats stats) {
        return start(existingId, requestReport, onStarted).thenCompose(requestId -> poller.await(requestId, timeout, writeAction))
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
                });
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
    public CompletableFuture<WorkflowOutcome> feed(String existingId, Supplier<CompletableFuture<MwsResult>> submitFeed, Consumer<Started> onStarted,
                                                   boolean failOnFeedErrors, CallStats stats) {
        return start(existingId, submitFeed, onStarted).thenCompose(submissionId -> poller.await(submissionId, timeout, writeAction))
                .thenCompose(status -> {
                    if (status.status().equals("_CANCELLED_")) {
                        return CompletableFuture.failedFuture(new MwsFeedProcessingException(status.id(), status.status(),
                                "feed submission " + status.id() + " was cancelled (_CANCELLED_)", List.of()));
                    }
                    return pipeline.call(download, parameters("FeedSubmissionId", status.id()), null, stats)
                            .thenApply(result -> feedOutcome(status, result, failOnFeedErrors));
                });
    }

    /** What the write produced: the id to follow, and whether it was recovered after its answer was lost. */
    public record Started(String id, boolean recovered) {
    }

    private CompletableFuture<String> start(String existingId, Supplier<CompletableFuture<MwsResult>> write, Consumer<Started> onStarted) {
        if (existingId != null) {
            onStarted.accept(new Started(existingId, false));
            return CompletableFuture.completedFuture(existingId);
        }
        return write.get().thenApply(result -> {
            String id = result.scan() == null ? null
                    : workflow.kind() == Workflow.Kind.FEED ? result.scan().feedSubmissionId() : result.scan().reportRequestId();
            if (id == null || id.isEmpty()) {
                // MWS accepted the write, but the answer names nothing to follow: whether it will be carried out is unknown.
                throw new MwsUncertainOutcomeException(writeAction, "MWS answered without a " + workflow.id() + " to await", List.of(), null);
            }
            onStarted.accept(new Started(id, result.recovered()));
            return id;
        });
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
