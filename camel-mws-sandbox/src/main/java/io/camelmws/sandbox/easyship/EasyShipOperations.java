package io.camelmws.sandbox.easyship;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the EasyShip 2018-09-01 operations in; the packages scheduled are forgotten on reset. */
public final class EasyShipOperations {

    private final EasyShipHandler handler;

    public EasyShipOperations(OrderBook book) {
        this.handler = new EasyShipHandler(book);
    }

    public void register(OperationRegistry registry, SectionCatalog catalog) {
        Section section = catalog.section("EasyShip");
        registry.register(section, "ListPickupSlots", WebServiceResponses.guarded(handler::listPickupSlots))
                .register(section, "CreateScheduledPackage",
                        WebServiceResponses.guarded(handler::createScheduledPackage))
                .register(section, "UpdateScheduledPackages",
                        WebServiceResponses.guarded(handler::updateScheduledPackages))
                .register(section, "GetScheduledPackage", WebServiceResponses.guarded(handler::getScheduledPackage));
    }

    /** Forgets what the section remembers, as a fresh sandbox; registered for MwsSandbox.reset(). */
    public void reset() {
        handler.reset();
    }
}
