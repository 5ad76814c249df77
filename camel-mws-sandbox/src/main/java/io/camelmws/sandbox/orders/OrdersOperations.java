package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the Orders 2013-09-01 operations, answered from an {@link OrderBook}, into the sandbox. */
public final class OrdersOperations {

    /** Items per ListOrderItems page when nothing else is configured: more than any order has, as in MWS. */
    public static final int DEFAULT_ORDER_ITEMS_PAGE_SIZE = 100;

    private OrdersOperations() {
    }

    /**
     * Registers ListOrders, ListOrdersByNextToken, GetOrder, ListOrderItems and ListOrderItemsByNextToken.
     *
     * @param orderItemsPageSize items per ListOrderItems page; small values make tests page
     */
    public static void register(OperationRegistry registry, SectionCatalog catalog, OrderBook book,
                                int orderItemsPageSize) {
        if (orderItemsPageSize < 1) {
            throw new IllegalArgumentException("orderItemsPageSize must be at least 1, was " + orderItemsPageSize);
        }
        Section orders = catalog.section("Orders");
        OperationHandler listOrders = WebServiceResponses.guarded(new ListOrdersHandler(book));
        OperationHandler listItems = WebServiceResponses.guarded(new ListOrderItemsHandler(book, orderItemsPageSize));
        registry.register(orders, ListOrdersHandler.LIST_ORDERS, listOrders)
                .register(orders, ListOrdersHandler.BY_NEXT_TOKEN, listOrders)
                .register(orders, GetOrderHandler.ACTION, WebServiceResponses.guarded(new GetOrderHandler(book)))
                .register(orders, ListOrderItemsHandler.LIST_ORDER_ITEMS, listItems)
                .register(orders, ListOrderItemsHandler.BY_NEXT_TOKEN, listItems);
    }
}
