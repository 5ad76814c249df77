package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.PageToken;
import io.camelmws.sandbox.webservice.Pager;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ListAllFulfillmentOrders and ListAllFulfillmentOrdersByNextToken: the orders whose status changed (creation
 * included) at or after QueryStartDateTime, 36 hours back when it is not given, optionally only those of the
 * FulfillmentMethod.member.n methods; newest first, a page at a time, with NextToken (no HasNext) while more follow.
 * The token carries the query, so later pages answer the same question.
 */
final class ListOrdersHandler {

    static final String LIST = "ListAllFulfillmentOrders";
    static final String BY_NEXT_TOKEN = "ListAllFulfillmentOrdersByNextToken";
    static final Duration DEFAULT_WINDOW = Duration.ofHours(36);
    private static final String START = "QueryStartDateTime";
    private static final String METHODS = "FulfillmentMethod.member";

    private final FulfillmentOrders orders;
    private final int pageSize;

    ListOrdersHandler(FulfillmentOrders orders, int pageSize) {
        this.orders = orders;
        this.pageSize = pageSize;
    }

    SandboxResponse list(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Instant start = parameters.date(START, call.now().minus(DEFAULT_WINDOW));
        List<String> methods = parameters.strictList(METHODS, 2);
        WebServiceParameters.requireAll(METHODS, methods, OutboundRequests.METHODS);
        Map<String, String> query = new LinkedHashMap<>();
        query.put(START, start.toString());
        WebServiceParameters.putList(query, METHODS, methods);
        return page(call, query, start, methods, null);
    }

    SandboxResponse byNextToken(OperationCall call) {
        Map<String, String> state = PageToken.decode(LIST, new WebServiceParameters(call.parameters()).nextToken());
        WebServiceParameters saved = new WebServiceParameters(state);
        Map<String, String> query = new LinkedHashMap<>(state);
        query.keySet().removeIf(key -> key.startsWith("After."));
        return page(call, query, WebServiceDates.parse(START, saved.optional(START)), saved.strictList(METHODS),
                Pager.load(state));
    }

    private SandboxResponse page(OperationCall call, Map<String, String> query, Instant start, List<String> methods,
                                 Pager.Position after) {
        Instant now = call.now();
        List<FulfillmentOrder> matches = new ArrayList<>();
        for (FulfillmentOrder order : orders.all()) {
            if (!order.receivedAt().isAfter(now) && !order.stage(now).since().isBefore(start)
                    && (methods.isEmpty() || methods.contains(order.method()))) {
                matches.add(order);
            }
        }
        matches.sort((a, b) -> Pager.NEWEST_FIRST.compare(position(a), position(b)));
        Pager.Page<FulfillmentOrder> page = Pager.page(matches, ListOrdersHandler::position, after, pageSize);
        String token = null;
        if (page.hasNext()) {
            Map<String, String> state = new LinkedHashMap<>(query);
            Pager.save(position(page.last()), state);
            token = PageToken.encode(LIST, state);
        }
        String nextToken = token;
        return WebServiceResponses.result(call, xml -> {
            xml.element("NextToken", nextToken);
            xml.members("FulfillmentOrders", page.items(), order -> {
                var stage = order.stage(now);
                OutboundXml.order(xml, order, stage.status(), stage.since());
            });
        });
    }

    private static Pager.Position position(FulfillmentOrder order) {
        return new Pager.Position(order.receivedAt(), order.sequence());
    }
}
