package io.camelmws.component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.feed.FeedDocuments;
import io.camelmws.component.http.RequestDocument;
import io.camelmws.component.invoke.CallStats;
import io.camelmws.component.invoke.MwsInvoker;
import io.camelmws.component.invoke.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.param.ParameterBinder;
import io.camelmws.component.report.VerifiedDocument;
import io.camelmws.component.workflow.WorkflowOutcome;

/**
 * Turns an exchange into one MWS call (or, with await, one report or feed workflow): parameters from the
 * endpoint and the {@code CamelMwsParameters} header, sent within the seller's quota with MWS-aware retries,
 * and the answer as body and headers. Asynchronous: a call that must wait holds no thread, and one that need
 * not wait is sent on the caller's thread.
 */
public class MwsProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(MwsProducer.class);

    public MwsProducer(MwsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public MwsEndpoint getEndpoint() {
        return (MwsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CallStats stats = new CallStats();
        CompletableFuture<Consumer<Exchange>> outcome;
        try {
            outcome = start(exchange, stats);
        } catch (Exception e) {
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
        }, getEndpoint().getComponent().workers());
        return false;
    }

    /** Starts the call and returns how its result will be put on the exchange. */
    private CompletableFuture<Consumer<Exchange>> start(Exchange exchange, CallStats stats) throws Exception {
        MwsEndpoint endpoint = getEndpoint();
        MwsConfiguration configuration = endpoint.getConfiguration();
        ResolvedOperation target = endpoint.getTarget();
        Message message = exchange.getMessage();
        Map<String, Object> values = parameters(endpoint, message);
        putOption(values, "FeedType", configuration.getFeedType());
        putOption(values, "PurgeAndReplace", configuration.getPurgeAndReplace());
        putOption(values, "ReportType", configuration.getReportType());
        SortedMap<String, String> parameters = ParameterBinder.bind(target, values, configuration.marketplaceIds());
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} operation parameters: {}", target.action(), parameters);
        }
        message.setHeader(MwsConstants.ACTION, target.action());
        MwsInvoker invoker = endpoint.invoker();
        if (configuration.isAwait() && target.action().equals("RequestReport")) {
            return endpoint.workflows().report(message.getHeader(MwsConstants.REPORT_REQUEST_ID, String.class),
                    () -> invoker.invoke(target, parameters, null, stats), id -> message.setHeader(MwsConstants.REPORT_REQUEST_ID, id),
                    configuration.isFailOnNoData(), stats).thenApply(this::reportOutcome);
        }
        RequestDocument document = target.operation().carriesBody() ? document(exchange, target, configuration) : null;
        if (configuration.isAwait() && target.action().equals("SubmitFeed")) {
            return endpoint.workflows().feed(message.getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class),
                    () -> invoker.invoke(target, parameters, document, stats), id -> message.setHeader(MwsConstants.FEED_SUBMISSION_ID, id),
                    configuration.isFailOnFeedErrors(), stats).thenApply(this::feedOutcome);
        }
        return invoker.invoke(target, parameters, document, stats).thenApply(result -> ex -> plainOutcome(ex, target, result));
    }

    private void plainOutcome(Exchange exchange, ResolvedOperation target, MwsResult result) {
        Message message = exchange.getMessage();
        if (result.response().document() != null) {
            ResultMessages.fillMetadata(message, result.response().metadata(), result);
            handOn(exchange, result.response().document(), result.response().metadata().contentType());
        } else if (getEndpoint().nextPageOperation() != null) {
            Message firstPage = pageMessage(exchange, target.action(), result);
            ResultMessages.fillText(message, target.action(), result);
            message.setBody(new PageIterator(firstPage, getEndpoint().invoker(), getEndpoint().nextPageOperation(),
                    getEndpoint().getConfiguration().getMaxPages(), next -> pageMessage(exchange, getEndpoint().nextPageOperation().action(), next)));
        } else {
            ResultMessages.fillText(message, target.action(), result);
        }
    }

    private Consumer<Exchange> reportOutcome(WorkflowOutcome outcome) {
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
            ResultMessages.fillMetadata(message, outcome.download().response().metadata(), outcome.download());
            handOn(exchange, outcome.download().response().document(), outcome.download().response().metadata().contentType());
            if (getEndpoint().getConfiguration().isAcknowledge()) {
                exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                    @Override
                    public void onComplete(Exchange done) {
                        getEndpoint().workflows().acknowledge(outcome.reportId()).whenComplete((ack, failure) -> {
                            if (failure != null) {
                                LOG.warn("Report {} was handled but acknowledging it failed: {}", outcome.reportId(), MwsInvoker.unwrap(failure).getMessage());
                            }
                        });
                    }
                });
            }
        };
    }

    private Consumer<Exchange> feedOutcome(WorkflowOutcome outcome) {
        return exchange -> {
            Message message = exchange.getMessage();
            message.setHeader(MwsConstants.FEED_SUBMISSION_ID, outcome.id());
            message.setHeader(MwsConstants.FEED_PROCESSING_STATUS, outcome.status());
            message.setHeader(MwsConstants.MESSAGES_PROCESSED, outcome.summary().processed());
            message.setHeader(MwsConstants.MESSAGES_SUCCESSFUL, outcome.summary().successful());
            message.setHeader(MwsConstants.MESSAGES_WITH_ERROR, outcome.summary().withError());
            message.setHeader(MwsConstants.MESSAGES_WITH_WARNING, outcome.summary().withWarning());
            ResultMessages.fillMetadata(message, outcome.download().response().metadata(), outcome.download());
            handOn(exchange, outcome.download().response().document(), outcome.download().response().metadata().contentType());
        };
    }

    private void apply(Exchange exchange, CompletableFuture<Consumer<Exchange>> outcome, CallStats stats) {
        Message message = exchange.getMessage();
        try {
            outcome.join().accept(exchange);
        } catch (Exception e) {
            Throwable failure = MwsInvoker.unwrap(e);
            message.setHeader(MwsConstants.ATTEMPTS, stats.attempts());
            message.setHeader(MwsConstants.THROTTLE_WAIT_MILLIS, stats.throttleWaitMillis());
            if (failure instanceof MwsException mws && mws.getHttpStatus() > 0) {
                message.setHeader(MwsConstants.HTTP_STATUS, mws.getHttpStatus());
                message.setHeader(MwsConstants.REQUEST_ID, mws.getRequestId());
            }
            exchange.setException(failure);
        }
    }

    /**
     * The verified document becomes the (re-readable) body: a StreamCache when small, the spool file when large; the
     * spool file is deleted when the exchange is done (unless a file producer moved it away first, see
     * {@code downloadLocalWorkPath}).
     */
    private void handOn(Exchange exchange, VerifiedDocument document, String contentType) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                document.discard();
            }
        });
        Message message = exchange.getMessage();
        message.setHeader(MwsConstants.CONTENT_MD5, document.contentMd5());
        message.setHeader(Exchange.CHARSET_NAME, DocumentCharsets.of(contentType, getEndpoint().flatFileCharset()).name());
        message.setBody(document.body());
        if (document.file() != null && getEndpoint().getConfiguration().isDownloadLocalWorkPath()) {
            message.setHeader(Exchange.FILE_LOCAL_WORK_PATH, document.file().toString());
        }
    }

    private static Message pageMessage(Exchange exchange, String action, MwsResult result) {
        Message page = new DefaultMessage(exchange.getContext());
        page.setHeader(MwsConstants.ACTION, action);
        ResultMessages.fillText(page, action, result);
        return page;
    }

    private static void putOption(Map<String, Object> parameters, String name, Object option) {
        if (option != null) {
            parameters.putIfAbsent(name, option);
        }
    }

    /** Endpoint parameters overridden by the header's, in that order. */
    private static Map<String, Object> parameters(MwsEndpoint endpoint, Message message) {
        Map<String, Object> parameters = new LinkedHashMap<>(endpoint.getConfiguration().getParameters());
        Object header = message.getHeader(MwsConstants.PARAMETERS);
        if (header == null) {
            return parameters;
        }
        if (!(header instanceof Map<?, ?> overrides)) {
            throw new IllegalArgumentException("Header " + MwsConstants.PARAMETERS + " must be a java.util.Map of MWS parameter names to values, was "
                                               + header.getClass().getName());
        }
        for (Map.Entry<?, ?> entry : overrides.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException("Header " + MwsConstants.PARAMETERS + " has a key of type "
                                                   + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName())
                                                   + "; keys are MWS parameter names");
            }
            parameters.put(name, entry.getValue());
        }
        return parameters;
    }

    private RequestDocument document(Exchange exchange, ResolvedOperation target, MwsConfiguration configuration) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("MWS action " + target.action() + " sends the message body as its document, but the body is empty");
        }
        return FeedDocuments.from(exchange, body, configuration.getFeedContentType(), getEndpoint().flatFileCharset());
    }
}
