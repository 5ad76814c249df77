package io.camelmws.examples.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;

import io.camelmws.component.MwsComponent;

/**
 * The routes of one docs block in a CamelContext of their own, started as a user would start them, except that
 * nothing outside the test is touched: a consumer that is not {@code direct:} (a timer, a directory) is replaced by a
 * {@code direct:} entry the test sends to, and {@code file:} and {@code seda:} producers are mocked and skipped.
 * Every {@code mws:} call goes to the sandbox, over a socket.
 */
final class RoutesUnderTest implements AutoCloseable {

    private final DefaultCamelContext context = new DefaultCamelContext();
    /** Each route's own from-URI, as written in the block, and the direct: endpoint that now stands for it. */
    private final Map<String, String> entries = new LinkedHashMap<>();
    private ProducerTemplate template;

    /** Adds the block's routes (where a misplaced {@code onException} fails), then starts them. */
    static RoutesUnderTest start(RoutesBuilder routes, MwsComponent mws) throws Exception {
        RoutesUnderTest under = new RoutesUnderTest();
        try {
            under.context.addComponent("mws", mws);
            under.context.addRoutes(routes);
            for (RouteDefinition route : List.copyOf(under.context.getRouteDefinitions())) {
                String from = route.getInput().getEndpointUri();
                String entry = from.startsWith("direct:") ? from : "direct:docs-entry-" + (under.entries.size() + 1);
                under.entries.put(from, entry);
                AdviceWith.adviceWith(under.context, route, advice -> {
                    if (!from.startsWith("direct:")) {
                        advice.replaceFromWith(entry);
                    }
                    advice.mockEndpointsAndSkip("file:*", "seda:*");
                });
            }
            under.context.start();
            under.template = under.context.createProducerTemplate();
            return under;
        } catch (Exception | Error e) {
            under.close();
            throw e;
        }
    }

    CamelContext context() {
        return context;
    }

    int routeCount() {
        return context.getRoutes().size();
    }

    /** Sends to the route whose from-URI in the block starts with {@code fromUri}, and returns the exchange. */
    Exchange send(String fromUri, Object body, Map<String, Object> headers) {
        String entry = entries.entrySet().stream().filter(e -> e.getKey().startsWith(fromUri)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("No route of the block starts from " + fromUri + "; its routes start from " + entries.keySet()));
        return template.request(entry, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new LinkedHashMap<>(headers));
        });
    }

    /** The mock that stands for the block's {@code file:}/{@code seda:} endpoint whose URI contains {@code uri}. */
    MockEndpoint mock(String uri) {
        return context.getEndpoints().stream().filter(MockEndpoint.class::isInstance).map(MockEndpoint.class::cast)
                .filter(mock -> mock.getEndpointUri().replace("://", ":").contains(uri)).findFirst()
                .orElseThrow(() -> new AssertionError("No mocked endpoint for " + uri + " among " + context.getEndpoints()));
    }

    @Override
    public void close() {
        context.stop();
    }
}
