package io.camelmws.component.workflow;

import java.time.Duration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsFeedProcessingException;
import io.camelmws.component.error.MwsReportCancelledException;
import io.camelmws.component.error.MwsReportNoDataException;
import io.camelmws.component.invoke.CallStats;
import io.camelmws.component.invoke.MwsInvoker;
import io.camelmws.component.invoke.MwsResult;
import io.camelmws.component.xml.ResponseScan;
import io.camelmws.component.xml.SafeXml;

/**
 * The one-step report and feed workflows: request or submit, wait (sharing the seller's status polls), then
 * download and verify the report or processing report. Each step is a call through the throttled invoker.
 */
public final class Workflows {

    private final MwsInvoker invoker;
    private final StatusPoller reportPoller;
    private final StatusPoller feedPoller;
    private final Duration timeout;
    // Resolved once: the request factory and the invoker cache per operation by identity, so a fresh record per step
    // would miss those caches on every call.
    private static final OperationResolver RESOLVER = new OperationResolver(MwsCatalog.standard());
    private static final ResolvedOperation GET_REPORT = RESOLVER.resolve("GetReport", "Reports", null);
    private static final ResolvedOperation GET_REPORT_LIST = RESOLVER.resolve("GetReportList", "Reports", null);
    private static final ResolvedOperation UPDATE_REPORT_ACKNOWLEDGEMENTS = RESOLVER.resolve("UpdateReportAcknowledgements", "Reports", null);
    private static final ResolvedOperation GET_FEED_SUBMISSION_RESULT = RESOLVER.resolve("GetFeedSubmissionResult", "Feeds", null);

    private final java.util.function.Function<String, java.nio.charset.Charset> textCharset;

    /**
     * @param textCharset the charset of a downloaded text document, from its Content-Type
     */
    public Workflows(MwsInvoker invoker, StatusPoller reportPoller, StatusPoller feedPoller, Duration timeout,
                     java.util.function.Function<String, java.nio.charset.Charset> textCharset) {
        this.textCharset = textCharset;
        this.invoker = invoker;
        this.reportPoller = reportPoller;
        this.feedPoller = feedPoller;
        this.timeout = timeout;
    }

    /**
     * @param existingId    a ReportRequestId to resume, or null to request a new report with {@code requestReport}
     * @param onRequestId   told the ReportRequestId as soon as MWS gives it
     */
    public CompletableFuture<WorkflowOutcome> report(String existingId, Supplier<CompletableFuture<MwsResult>> requestReport,
                                                     Consumer<String> onRequestId, boolean failOnNoData, CallStats stats) {
        CompletableFuture<String> id = existingId != null ? CompletableFuture.completedFuture(existingId)
                : requestReport.get().thenApply(result -> idFrom(result, "RequestReport", ResponseScan::reportRequestId));
        return id.thenApply(requestId -> {
            onRequestId.accept(requestId);
            return requestId;
        }).thenCompose(requestId -> reportPoller.await(requestId, timeout, "RequestReport")).thenCompose(status -> switch (status.status()) {
            case "_CANCELLED_" -> CompletableFuture.failedFuture(new MwsReportCancelledException(status.id()));
            case "_DONE_NO_DATA_" -> failOnNoData ? CompletableFuture.failedFuture(new MwsReportNoDataException(status.id()))
                    : CompletableFuture.completedFuture(new WorkflowOutcome(status.id(), status.status(), null, null, null));
            default -> reportIdOf(status).thenCompose(reportId -> invoker.invoke(GET_REPORT,
                    parameters("ReportId", reportId), null, stats)
                    .thenApply(download -> new WorkflowOutcome(status.id(), status.status(), reportId, download, null)));
        });
    }

    /** Marks a report acknowledged (UpdateReportAcknowledgements), e.g. once the route has stored it. */
    public CompletableFuture<MwsResult> acknowledge(String reportId) {
        SortedMap<String, String> parameters = parameters("ReportIdList.Id.1", reportId);
        parameters.put("Acknowledged", "true");
        return invoker.invoke(UPDATE_REPORT_ACKNOWLEDGEMENTS, parameters, null, new CallStats());
    }

    /**
     * @param existingId a FeedSubmissionId to resume, or null to submit with {@code submitFeed}
     */
    public CompletableFuture<WorkflowOutcome> feed(String existingId, Supplier<CompletableFuture<MwsResult>> submitFeed, Consumer<String> onSubmissionId,
                                                   boolean failOnFeedErrors, CallStats stats) {
        CompletableFuture<String> id = existingId != null ? CompletableFuture.completedFuture(existingId)
                : submitFeed.get().thenApply(result -> idFrom(result, "SubmitFeed", ResponseScan::feedSubmissionId));
        return id.thenApply(submissionId -> {
            onSubmissionId.accept(submissionId);
            return submissionId;
        }).thenCompose(submissionId -> feedPoller.await(submissionId, timeout, "SubmitFeed")).thenCompose(status -> {
            if (status.status().equals("_CANCELLED_")) {
                return CompletableFuture.failedFuture(new MwsFeedProcessingException(status.id(), status.status(),
                        "feed submission " + status.id() + " was cancelled (_CANCELLED_)", java.util.List.of()));
            }
            return invoker.invoke(GET_FEED_SUBMISSION_RESULT, parameters("FeedSubmissionId", status.id()), null, stats)
                    .thenApply(download -> {
                        ProcessingReport summary;
                        try (java.io.InputStream report = download.response().document().streamCache()) {
                            summary = ProcessingReport.read(report, textCharset.apply(download.response().metadata().contentType()));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        if (failOnFeedErrors && summary.withError() > 0) {
                            download.response().document().discard();
                            throw new MwsFeedProcessingException(status.id(), status.status(), "feed submission " + status.id() + " has "
                                    + summary.withError() + " of " + summary.processed() + " messages with errors", summary.failures());
                        }
                        return new WorkflowOutcome(status.id(), status.status(), null, download, summary);
                    });
        });
    }

    /** GeneratedReportId when MWS gave one; otherwise the report GetReportList lists for the request. */
    private CompletableFuture<String> reportIdOf(ProcessingStatus status) {
        if (status.generatedReportId() != null) {
            return CompletableFuture.completedFuture(status.generatedReportId());
        }
        return invoker.invoke(GET_REPORT_LIST, parameters("ReportRequestIdList.Id.1", status.id()), null,
                new CallStats()).thenApply(result -> {
                    String reportId = firstElement(result.response().text(), "ReportId");
                    if (reportId == null) {
                        throw new IllegalStateException("Report request " + status.id() + " is _DONE_ but MWS lists no report for it");
                    }
                    return reportId;
                });
    }

    private static String idFrom(MwsResult result, String action, java.util.function.Function<ResponseScan, String> id) {
        try {
            String value = id.apply(ResponseScan.of(result.response().text()));
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException(action + " answered without an id to await");
            }
            return value;
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new IllegalStateException(action + " answered a document that cannot be read: " + e.getMessage(), e);
        }
    }

    private static String firstElement(String xml, String element) {
        try {
            javax.xml.stream.XMLStreamReader reader = SafeXml.reader(xml);
            while (reader.hasNext()) {
                if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
                    return reader.getElementText().trim();
                }
            }
            return null;
        } catch (SafeXml.UnsafeOrMalformedXmlException | javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException("A document that cannot be read: " + e.getMessage(), e);
        }
    }

    private static SortedMap<String, String> parameters(String name, String value) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put(name, value);
        return parameters;
    }
}
