package io.camelmws.component;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.IOHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.http.MwsHttpSender;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsResponse;
import io.camelmws.component.http.ResponseMetadata;
import io.camelmws.component.param.ParameterBinder;
import io.camelmws.component.xml.ResponseScan;
import io.camelmws.component.xml.SafeXml;

/**
 * Turns an exchange into one MWS call: parameters from the endpoint and the {@code CamelMwsParameters}
 * header, a signed request, and the answer as body and headers.
 */
public class MwsProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(MwsProducer.class);
    /** Feeds are sent as MWS's official clients send them unless the caller says otherwise. */
    private static final String DEFAULT_DOCUMENT_CONTENT_TYPE = "application/octet-stream";

    private final Clock clock = Clock.systemUTC();

    public MwsProducer(MwsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public MwsEndpoint getEndpoint() {
        return (MwsEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        MwsEndpoint endpoint = getEndpoint();
        ResolvedOperation target = endpoint.getTarget();
        Message message = exchange.getMessage();
        SortedMap<String, String> parameters = ParameterBinder.bind(target, parameters(endpoint, message), endpoint.getConfiguration().marketplaceIds());
        byte[] document = target.operation().carriesBody() ? document(target, message) : null;
        MwsRequest request = endpoint.requestFactory().create(target, parameters, clock, document, DEFAULT_DOCUMENT_CONTENT_TYPE);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} operation parameters: {}", request, parameters);
        }
        message.setHeader(MwsConstants.ACTION, target.action());
        MwsResponse response;
        try {
            response = MwsHttpSender.send(endpoint.httpClient(), request, endpoint.httpSettings(), target.operation().returnsDocument());
        } catch (MwsException e) {
            message.setHeader(MwsConstants.HTTP_STATUS, e.getHttpStatus());
            message.setHeader(MwsConstants.REQUEST_ID, e.getRequestId());
            throw e;
        }
        setMetadataHeaders(message, response.metadata());
        if (response.stream() != null) {
            handOnStream(exchange, response.stream());
            return;
        }
        ResponseScan scan = scan(target, response);
        if (scan.nextToken() != null) {
            message.setHeader(MwsConstants.NEXT_TOKEN, scan.nextToken());
        } else {
            message.removeHeader(MwsConstants.NEXT_TOKEN);
        }
        if (response.metadata().requestId() == null && scan.requestId() != null) {
            message.setHeader(MwsConstants.REQUEST_ID, scan.requestId());
        }
        message.setBody(response.text());
    }

    /** Endpoint parameters overridden by the header's, in that order. */
    private static Map<String, Object> parameters(MwsEndpoint endpoint, Message message) {
        Map<String, Object> parameters = new LinkedHashMap<>(endpoint.getConfiguration().getParameters());
        Object header = message.getHeader(MwsConstants.PARAMETERS);
        if (header != null && !(header instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("Header " + MwsConstants.PARAMETERS + " must be a java.util.Map of MWS parameter names to values, was "
                                               + header.getClass().getName());
        }
        return header == null ? parameters : merge(parameters, (Map<?, ?>) header);
    }

    private static Map<String, Object> merge(Map<String, Object> into, Map<?, ?> from) {
        for (Map.Entry<?, ?> entry : from.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new IllegalArgumentException("Header " + MwsConstants.PARAMETERS + " has a key of type "
                                                   + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName()) + "; keys are MWS parameter names");
            }
            into.put(name, entry.getValue());
        }
        return into;
    }

    private static byte[] document(ResolvedOperation target, Message message) throws InvalidPayloadException {
        if (message.getBody() == null) {
            throw new IllegalArgumentException("MWS action " + target.action() + " sends the message body as its document, but the body is empty");
        }
        return message.getMandatoryBody(byte[].class);
    }

    private static ResponseScan scan(ResolvedOperation target, MwsResponse response) {
        try {
            return ResponseScan.of(response.text());
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new MwsException(target.action(), response.metadata().httpStatus(), null, null,
                    "the answer was refused: " + e.getMessage(), null, response.metadata().requestId());
        }
    }

    private static void setMetadataHeaders(Message message, ResponseMetadata metadata) {
        message.setHeader(MwsConstants.HTTP_STATUS, metadata.httpStatus());
        message.setHeader(MwsConstants.REQUEST_ID, metadata.requestId());
        message.setHeader(MwsConstants.TIMESTAMP, metadata.timestamp());
        message.setHeader(MwsConstants.QUOTA_MAX, metadata.quotaMax());
        message.setHeader(MwsConstants.QUOTA_REMAINING, metadata.quotaRemaining());
        message.setHeader(MwsConstants.QUOTA_RESETS_ON, metadata.quotaResetsOn());
        message.setHeader(MwsConstants.RESPONSE_CONTEXT, metadata.responseContext());
        if (metadata.contentType() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, metadata.contentType());
        }
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
