package io.camelmws.sandbox.merchant;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the MerchantFulfillment 2015-06-01 operations into the sandbox; its labels are forgotten on reset. */
public final class MerchantOperations {

    private MerchantHandlers handlers;

    /** Forgets every label bought. */
    public void reset() {
        if (handlers != null) {
            handlers.reset();
        }
    }

    /** @param orderBook whose merchant-fulfilled orders labels are bought for */
    public void register(OperationRegistry registry, SectionCatalog catalog, OrderBook orderBook) {
        Section section = catalog.section("MerchantFulfillment");
        handlers = new MerchantHandlers(orderBook);
        registry.register(section, "GetEligibleShippingServices", WebServiceResponses.guarded(handlers::eligible))
                .register(section, "GetAdditionalSellerInputs", WebServiceResponses.guarded(handlers::additionalInputs))
                .register(section, "CreateShipment", WebServiceResponses.guarded(handlers::create))
                .register(section, "GetShipment", WebServiceResponses.guarded(handlers::get))
                .register(section, "CancelShipment", WebServiceResponses.guarded(handlers::cancel));
    }
}
