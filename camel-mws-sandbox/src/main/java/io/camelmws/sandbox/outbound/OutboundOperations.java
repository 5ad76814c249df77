package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the FulfillmentOutboundShipment 2010-10-01 operations into the sandbox; its orders forget on reset. */
public final class OutboundOperations {

    /** Fulfilment orders per ListAllFulfillmentOrders page when nothing else is configured. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    private final FulfillmentOrders orders = new FulfillmentOrders();

    /** Forgets every fulfilment order. */
    public void reset() {
        orders.reset();
    }

    /**
     * @param orderBook whose listings (and seed) orders are made of
     * @param pageSize  fulfilment orders per ListAllFulfillmentOrders page; small values make tests page
     */
    public void register(OperationRegistry registry, SectionCatalog catalog, OrderBook orderBook, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("fulfillmentOrdersPageSize must be at least 1, was " + pageSize);
        }
        Section section = catalog.section("FulfillmentOutboundShipment");
        FbaStock stock = new FbaStock(orderBook, orders);
        OrderHandlers handlers = new OrderHandlers(orders, stock);
        ListOrdersHandler list = new ListOrdersHandler(orders, pageSize);
        ReturnHandlers returns = new ReturnHandlers(orders, stock);
        registry.register(section, "GetFulfillmentPreview", guarded(new PreviewHandler(stock)::handle))
                .register(section, "CreateFulfillmentOrder", guarded(handlers::create))
                .register(section, "UpdateFulfillmentOrder", guarded(handlers::update))
                .register(section, "GetFulfillmentOrder", guarded(handlers::get))
                .register(section, "CancelFulfillmentOrder", guarded(handlers::cancel))
                .register(section, ListOrdersHandler.LIST, guarded(list::list))
                .register(section, ListOrdersHandler.BY_NEXT_TOKEN, guarded(list::byNextToken))
                .register(section, "GetPackageTrackingDetails", guarded(new TrackingHandler(orders, stock)::handle))
                .register(section, "ListReturnReasonCodes", guarded(returns::reasonCodes))
                .register(section, "CreateFulfillmentReturn", guarded(returns::createReturn));
    }

    private static OperationHandler guarded(OperationHandler handler) {
        return WebServiceResponses.guarded(handler);
    }
}
