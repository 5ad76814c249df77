package io.camelmws.component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.param.ParameterBinder;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.poll.OrderVersion;
import io.camelmws.component.poll.OrdersAnswer;
import io.camelmws.component.xml.SafeXml;

/**
 * One poll's listing: ListOrders from a watermark, then ListOrdersByNextToken to the last page, through the endpoint's
 * call pipeline (the seller's shared quota, signing, retries). The parameters are the endpoint's, as a producer would
 * send them, plus the window.
 */
final class OrderListing {

    static final String POLLED_ACTION = "ListOrders";

    /** Parameters the consumer sets itself: the window it polls. */
    static final List<String> WINDOW_PARAMETERS = List.of("CreatedAfter", "CreatedBefore", "LastUpdatedAfter", "LastUpdatedBefore");

    private final MwsEndpoint endpoint;
    private final ResolvedOperation byNextToken;

    /** @throws IllegalArgumentException when the endpoint cannot be polled as it is configured, naming what to change */
    OrderListing(MwsEndpoint endpoint) {
        this.endpoint = endpoint;
        ResolvedOperation target = endpoint.settings().target();
        if (!POLLED_ACTION.equals(target.action())) {
            throw new IllegalArgumentException("The mws consumer polls " + POLLED_ACTION + " only (from(\"mws:" + POLLED_ACTION + "?...\"));"
                                               + " mws:" + target.action() + " can be called with to(\"mws:" + target.action() + "\")");
        }
        for (String window : WINDOW_PARAMETERS) {
            if (endpoint.getConfiguration().getParameters().containsKey(window)) {
                throw new IllegalArgumentException("param." + window + " cannot be set on a consumer: each poll sets its own window from the"
                                                   + " watermark; use initialLastUpdatedAfter for where the first poll starts");
            }
        }
        this.byNextToken = EndpointSettings.nextPageOperation(MwsCatalog.standard(), target);
    }

    /**
     * What identifies the orders this consumer follows, and so its watermark: seller, MWS endpoint, action and
     * filters. Another filter is another stream of orders, which starts from initialLastUpdatedAfter.
     */
    String stateKey() {
        MwsConfiguration c = endpoint.getConfiguration();
        return String.join("|", "mws", c.getSellerId(), endpoint.settings().baseUrl(), endpoint.settings().target().action(),
                String.join(",", c.marketplaceIds()), String.valueOf(c.getOrderStatus()), String.valueOf(c.getFulfillmentChannel()),
                new TreeMap<>(c.getParameters()).toString());
    }

    /** Every order updated from {@code after} to the LastUpdatedBefore MWS answers, oldest change first. */
    OrdersAnswer list(Instant after) {
        CallPipeline pipeline = endpoint.pipeline();
        EndpointSettings settings = endpoint.settings();
        MwsConfiguration configuration = endpoint.getConfiguration();
        Map<String, Object> values = new LinkedHashMap<>(configuration.getParameters());
        ExchangeRequest.putOptions(values, configuration);
        values.put("LastUpdatedAfter", after);
        ResolvedOperation target = settings.target();
        SortedMap<String, String> parameters = ParameterBinder.bind(target, values, configuration.marketplaceIds());
        MwsResult first = PageIterator.await(pipeline.call(target, parameters, null, new CallStats()), target);
        PageIterator<OrdersAnswer> pages = new PageIterator<>(first, target, pipeline, byNextToken, 0, OrderListing::answer);
        List<OrderVersion> orders = new ArrayList<>();
        Instant listedUntil = null;
        while (pages.hasNext()) {
            OrdersAnswer page = pages.next();
            orders.addAll(page.orders());
            // Only the first page carries it at MWS; every page of one listing reads the same window.
            if (listedUntil == null) {
                listedUntil = page.lastUpdatedBefore();
            }
        }
        if (listedUntil == null) {
            throw new IllegalStateException(target.action() + " answered without LastUpdatedBefore; the consumer cannot tell where its next"
                                            + " poll starts, so it delivers nothing from this answer");
        }
        orders.sort(OrderVersion.BY_LAST_UPDATE);
        return new OrdersAnswer(orders, listedUntil);
    }

    private static OrdersAnswer answer(MwsResult page, ResolvedOperation operation, int pageNumber) {
        try {
            return OrdersAnswer.of(page.response().text(), operation.action());
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new IllegalStateException(operation.action() + " page " + pageNumber + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
