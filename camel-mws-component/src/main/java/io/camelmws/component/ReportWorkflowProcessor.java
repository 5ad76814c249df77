package io.camelmws.component;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.workflow.WorkflowOutcome;
import io.camelmws.component.workflow.Workflows;

/**
 * RequestReport with await: request (or resume with the {@code CamelMwsReportRequestId} header), wait, and hand on the
 * verified report; acknowledged once the exchange completed, when asked to.
 */
final class ReportWorkflowProcessor implements OperationProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWorkflowProcessor.class);

    private final MwsEndpoint endpoint;

    ReportWorkflowProcessor(MwsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Consumer<Exchange>> start(Exchange exchange, CallStats stats) throws Exception {
        ExchangeRequest request = ExchangeRequest.of(endpoint, exchange);
        Message message = exchange.getMessage();
        EndpointSettings settings = endpoint.settings();
        return endpoint.workflows().report(message.getHeader(MwsConstants.REPORT_REQUEST_ID, String.class),
                new Workflows.WriteRequest(request.parameters(), null,
                        () -> endpoint.pipeline().call(settings.target(), request.parameters(), null, new CallStats())),
                started -> {
                    message.setHeader(MwsConstants.REPORT_REQUEST_ID, started.id());
                    message.setHeader(MwsConstants.RECOVERED, started.recovered());
                    message.setHeader(MwsConstants.ADOPTED, started.adopted());
                },
                endpoint.getConfiguration().isFailOnNoData(), stats).thenApply(this::outcome);
    }

    private Consumer<Exchange> outcome(WorkflowOutcome outcome) {
        return exchange -> {
            Message message = exchange.getMessage();
            message.setHeader(MwsConstants.REPORT_REQUEST_ID, outcome.id());
            message.setHeader(MwsConstants.REPORT_PROCESSING_STATUS, outcome.status());
            if (outcome.download() == null) {
                message.removeHeader(MwsConstants.REPORT_ID);
                message.setBody("");
                return;
            }
            message.setHeader(MwsConstants.REPORT_ID, outcome.reportId());
            ResultMessages.fillWorkflowDownload(exchange, outcome.download(), endpoint.settings(), endpoint.getConfiguration().isDownloadLocalWorkPath());
            if (endpoint.getConfiguration().isAcknowledge()) {
                exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                    @Override
                    public void onComplete(Exchange done) {
                        endpoint.workflows().acknowledge(outcome.reportId()).whenComplete((ack, failure) -> {
                            if (failure != null) {
                                LOG.warn("Report {} was handled but acknowledging it failed: {}", outcome.reportId(), failure.getMessage());
                            }
                        });
                    }
                });
            }
        };
    }
}
