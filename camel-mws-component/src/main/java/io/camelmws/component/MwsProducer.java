package io.camelmws.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.pipeline.CallStats;

/**
 * Turns an exchange into MWS calls through the processor of the endpoint's operation family (a plain call, pages, a
 * report or feed workflow), chosen once when the producer starts. Asynchronous: a call that must wait holds no
 * thread, one that need not wait is sent on the caller's thread, and the callback is called whatever happens.
 */
public class MwsProducer extends DefaultAsyncProducer {

    private OperationProcessor processor;

    public MwsProducer(MwsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public MwsEndpoint getEndpoint() {
        return (MwsEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        MwsEndpoint endpoint = getEndpoint();
        processor = switch (endpoint.settings().family()) {
            case PLAIN -> new PlainCallProcessor(endpoint);
            case PAGED -> new PagedCallProcessor(endpoint);
            case REPORT_WORKFLOW -> new ReportWorkflowProcessor(endpoint);
            case FEED_WORKFLOW -> new FeedWorkflowProcessor(endpoint);
        };
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CallStats stats = new CallStats();
        CompletableFuture<Consumer<Exchange>> outcome;
        try {
            if (getEndpoint().pipeline() == null) {
                // An exchange still in flight when the context began to stop can reach an endpoint created (by toD) too late
                // to be started: it fails, saying why, rather than on a missing pipeline.
                throw new IllegalStateException(getEndpoint() + " is not started (is the CamelContext stopping?); nothing was sent to MWS");
            }
            outcome = processor.start(exchange, stats);
        } catch (Throwable e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (outcome.isDone()) {
            apply(exchange, outcome, stats);
            callback.done(true);
            return true;
        }
        outcome.whenCompleteAsync((applied, failure) -> {
            try {
                apply(exchange, outcome, stats);
            } finally {
                callback.done(false);
            }
        }, orInline(getEndpoint().getComponent().workers()));
        return false;
    }

    /** The exchange's outcome, or the failure with what the calls took; never throws. */
    private static void apply(Exchange exchange, CompletableFuture<Consumer<Exchange>> outcome, CallStats stats) {
        Message message = exchange.getMessage();
        try {
            outcome.join().accept(exchange);
        } catch (Throwable e) {
            Throwable failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            message.setHeader(MwsConstants.ATTEMPTS, stats.attempts());
            message.setHeader(MwsConstants.THROTTLE_WAIT_MILLIS, stats.throttleWaitMillis());
            if (failure instanceof MwsException mws && mws.getHttpStatus() > 0) {
                message.setHeader(MwsConstants.HTTP_STATUS, mws.getHttpStatus());
                ResultMessages.setOrRemove(message, MwsConstants.REQUEST_ID, mws.getRequestId());
            }
            exchange.setException(failure);
        }
    }

    /** The workers, or the completing thread once they refuse work (the component is stopping): the callback must run. */
    private static Executor orInline(Executor workers) {
        if (workers == null) {
            return Runnable::run;
        }
        return task -> {
            try {
                workers.execute(task);
            } catch (RejectedExecutionException stopped) {
                task.run();
            }
        };
    }
}
