package io.camelmws.sandbox.carts;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.customers.Buyers;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the CartInformation 2014-03-01 operations, answered from the buyers' carts, in. */
public final class CartsOperations {

    private CartsOperations() {
    }

    public static void register(OperationRegistry registry, SectionCatalog catalog, OrderBook book, Buyers buyers) {
        Section section = catalog.section("CartInformation");
        CartsHandler handler = new CartsHandler(new Carts(book, buyers));
        registry.register(section, "ListCarts", WebServiceResponses.guarded(handler::listCarts))
                .register(section, "ListCartsByNextToken", WebServiceResponses.guarded(handler::listCartsByNextToken))
                .register(section, "GetCarts", WebServiceResponses.guarded(handler::getCarts));
    }
}
