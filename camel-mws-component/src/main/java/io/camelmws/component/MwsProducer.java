package io.camelmws.component;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.DefaultMessage;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.invoke.CallStats;
import io.camelmws.component.invoke.MwsInvoker;
import io.camelmws.component.invoke.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.param.ParameterBinder;

/**
 * Turns an exchange into one MWS call: parameters from the endpoint and the {@code CamelMwsParameters}
 * header, sent within the seller's quota with MWS-aware retries, and the answer as body and headers.
 * Asynchronous: a call that must wait for its quota holds no thread, and one that need not wait is sent on
 * the caller's thread.
 */
public class MwsProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(MwsProducer.class);
    /** Feeds are sent as MWS's official clients send them unless the caller says otherwise. */
    private static final String DEFAULT_DOCUMENT_CONTENT_TYPE = "application/octet-stream";

    public MwsProducer(MwsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public MwsEndpoint getEndpoint() {
        return (MwsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        MwsEndpoint endpoint = getEndpoint();
        ResolvedOperation target = endpoint.getTarget();
        CallStats stats = new CallStats();
        CompletableFuture<MwsResult> call;
        try {
            Message message = exchange.getMessage();
            SortedMap<String, String> parameters = ParameterBinder.bind(target, parameters(endpoint, message),
                    endpoint.getConfiguration().marketplaceIds());
            byte[] document = target.operation().carriesBody() ? document(target, message) : null;
            if (LOG.isTraceEnabled()) {
                LOG.trace("{} operation parameters: {}", target.action(), parameters);
            }
            message.setHeader(MwsConstants.ACTION, target.action());
            call = endpoint.invoker().invoke(target, parameters, document, DEFAULT_DOCUMENT_CONTENT_TYPE, stats);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (call.isDone()) {
            complete(exchange, call, stats);
            callback.done(true);
            return true;
        }
        call.whenCompleteAsync((result, failure) -> {
            try {
                complete(exchange, call, stats);
            } finally {
                callback.done(false);
            }
        }, endpoint.getComponent().workers());
        return false;
    }

    private void complete(Exchange exchange, CompletableFuture<MwsResult> call, CallStats stats) {
        Message message = exchange.getMessage();
        try {
            MwsResult result = call.join();
            ResolvedOperation target = getEndpoint().getTarget();
            if (result.response().stream() != null) {
                ResultMessages.fillMetadata(message, result.response().metadata(), result);
                handOnStream(exchange, result.response().stream());
            } else if (getEndpoint().nextPageOperation() != null) {
                Message firstPage = pageMessage(exchange, target.action(), result);
                ResultMessages.fillText(message, target.action(), result);
                message.setBody(new PageIterator(firstPage, getEndpoint().invoker(), getEndpoint().nextPageOperation(),
                        getEndpoint().getConfiguration().getMaxPages(),
                        next -> pageMessage(exchange, getEndpoint().nextPageOperation().action(), next)));
            } else {
                ResultMessages.fillText(message, target.action(), result);
            }
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

    private static Message pageMessage(Exchange exchange, String action, MwsResult result) {
        Message page = new DefaultMessage(exchange.getContext());
        page.setHeader(MwsConstants.ACTION, action);
        ResultMessages.fillText(page, action, result);
        return page;
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

    private static byte[] document(ResolvedOperation target, Message message) throws InvalidPayloadException {
        if (message.getBody() == null) {
            throw new IllegalArgumentException("MWS action " + target.action() + " sends the message body as its document, but the body is empty");
        }
        return message.getMandatoryBody(byte[].class);
    }

    /** The download stream is the body; the connection goes back to the pool when the exchange is done. */
    private static void handOnStream(Exchange exchange, InputStream stream) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                IOHelper.close(stream);
            }
        });
        exchange.getMessage().setBody(stream);
    }
}
