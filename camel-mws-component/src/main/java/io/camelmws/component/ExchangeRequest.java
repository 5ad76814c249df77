package io.camelmws.component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.feed.FeedDocuments;
import io.camelmws.component.model.RequestDocument;
import io.camelmws.component.param.ParameterBinder;

/**
 * What an exchange asks MWS for: the operation's parameters (endpoint options, overridden by the
 * {@code CamelMwsParameters} header, overridden by {@code CamelMwsParam.<Name>} headers) and, for an operation that
 * uploads one, the body as its document.
 */
record ExchangeRequest(SortedMap<String, String> parameters, RequestDocument document) {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeRequest.class);

    static ExchangeRequest of(MwsEndpoint endpoint, Exchange exchange) throws Exception {
        MwsConfiguration configuration = endpoint.getConfiguration();
        ResolvedOperation target = endpoint.settings().target();
        Message message = exchange.getMessage();
        Map<String, Object> values = parameters(configuration, message);
        putOptions(values, configuration);
        SortedMap<String, String> parameters = ParameterBinder.bind(target, values, configuration.marketplaceIds());
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} operation parameters: {}", target.action(), parameters);
        }
        message.setHeader(MwsConstants.ACTION, target.action());
        return new ExchangeRequest(parameters, target.operation().carriesBody()
                ? document(endpoint, exchange, target, configuration, endpoint.settings().flatFileFeedType().test(parameters.get("FeedType"))) : null);
    }

    private static RequestDocument document(MwsEndpoint endpoint, Exchange exchange, ResolvedOperation target, MwsConfiguration configuration,
            boolean flatFile) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("MWS action " + target.action() + " sends the message body as its document, but the body is empty");
        }
        RequestDocument document = FeedDocuments.from(exchange, body, configuration.getFeedContentType(), endpoint.settings().flatFileCharset(),
                flatFile, endpoint.settings().feedCharset());
        if (document.length() == 0 && !configuration.isAllowEmptyFeed()) {
            throw new IllegalArgumentException("MWS action " + target.action() + " sends the message body as its document, but the body is"
                                               + " 0 bytes long; nothing was sent (set allowEmptyFeed=true to send empty documents)");
        }
        return document;
    }

    /** The operation parameters that named options set, unless the parameters already hold them. */
    static void putOptions(Map<String, Object> values, MwsConfiguration configuration) {
        putOption(values, "FeedType", configuration.getFeedType());
        putOption(values, "PurgeAndReplace", configuration.getPurgeAndReplace());
        putOption(values, "ReportType", configuration.getReportType());
        putOption(values, "OrderStatus", configuration.getOrderStatus());
        putOption(values, "FulfillmentChannel", configuration.getFulfillmentChannel());
    }

    private static void putOption(Map<String, Object> parameters, String name, Object option) {
        if (option != null) {
            parameters.putIfAbsent(name, option);
        }
    }

    /**
     * Endpoint parameters, overridden by the map header's, overridden by the one-parameter headers: the most specific
     * wins, so a YAML route can set one parameter per message on a static endpoint.
     */
    private static Map<String, Object> parameters(MwsConfiguration configuration, Message message) {
        Map<String, Object> parameters = new LinkedHashMap<>(configuration.getParameters());
        Object header = message.getHeader(MwsConstants.PARAMETERS);
        if (header != null) {
            putMapHeader(parameters, header);
        }
        for (Map.Entry<String, Object> entry : message.getHeaders().entrySet()) {
            String key = entry.getKey();
            if (key.regionMatches(true, 0, MwsConstants.PARAM_PREFIX, 0, MwsConstants.PARAM_PREFIX.length())) {
                String name = key.substring(MwsConstants.PARAM_PREFIX.length());
                if (name.isBlank()) {
                    throw new IllegalArgumentException("Header " + key + " names no parameter; write " + MwsConstants.PARAM_PREFIX
                                                       + "<MWS parameter name>, e.g. " + MwsConstants.PARAM_PREFIX + "LastUpdatedAfter");
                }
                parameters.put(name, entry.getValue());
            }
        }
        return parameters;
    }

    private static void putMapHeader(Map<String, Object> parameters, Object header) {
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
    }
}
