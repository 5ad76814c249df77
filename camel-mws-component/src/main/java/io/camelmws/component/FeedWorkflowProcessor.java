package io.camelmws.component;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.workflow.WorkflowOutcome;
import io.camelmws.component.workflow.Workflows;

/**
 * SubmitFeed with await: submit (or resume with the {@code CamelMwsFeedSubmissionId} header), wait, and hand on the
 * verified processing report with its summary as headers.
 */
final class FeedWorkflowProcessor implements OperationProcessor {

    private final MwsEndpoint endpoint;

    FeedWorkflowProcessor(MwsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Consumer<Exchange>> start(Exchange exchange, CallStats stats) throws Exception {
        Message message = exchange.getMessage();
        String existingId = message.getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        // A resumed submission sends no document: the body may be anything then.
        ExchangeRequest request = existingId == null ? ExchangeRequest.of(endpoint, exchange) : null;
        EndpointSettings settings = endpoint.settings();
        return endpoint.workflows().feed(existingId,
                request == null ? null : new Workflows.WriteRequest(request.parameters(), request.document() == null ? null : request.document().contentMd5(),
                        () -> endpoint.pipeline().call(settings.target(), request.parameters(), request.document(), new CallStats())),
                started -> {
                    message.setHeader(MwsConstants.FEED_SUBMISSION_ID, started.id());
                    message.setHeader(MwsConstants.RECOVERED, started.recovered());
                    message.setHeader(MwsConstants.ADOPTED, started.adopted());
                },
                endpoint.getConfiguration().isFailOnFeedErrors(), stats).thenApply(this::outcome);
    }

    private Consumer<Exchange> outcome(WorkflowOutcome outcome) {
        return exchange -> {
            Message message = exchange.getMessage();
            message.setHeader(MwsConstants.FEED_SUBMISSION_ID, outcome.id());
            message.setHeader(MwsConstants.FEED_PROCESSING_STATUS, outcome.status());
            message.setHeader(MwsConstants.MESSAGES_PROCESSED, outcome.summary().processed());
            message.setHeader(MwsConstants.MESSAGES_SUCCESSFUL, outcome.summary().successful());
            message.setHeader(MwsConstants.MESSAGES_WITH_ERROR, outcome.summary().withError());
            message.setHeader(MwsConstants.MESSAGES_WITH_WARNING, outcome.summary().withWarning());
            ResultMessages.fillWorkflowDownload(exchange, outcome.download(), endpoint.settings(), endpoint.getConfiguration().isDownloadLocalWorkPath());
        };
    }
}
