package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the Finances 2015-05-01 operations into the sandbox, answered from the order book's parcels. */
public final class FinancesOperations {

    private FinancesOperations() {
    }

    public static void register(OperationRegistry registry, SectionCatalog catalog, OrderBook orderBook) {
        Section finances = catalog.section("Finances");
        EventLedger ledger = new EventLedger(orderBook);
        EventGroups groups = new EventGroups(ledger);
        FinancialEventsHandler events = new FinancialEventsHandler(ledger, groups);
        FinancialEventGroupsHandler eventGroups = new FinancialEventGroupsHandler(ledger, groups);
        registry.register(finances, FinancialEventsHandler.LIST, WebServiceResponses.guarded(events))
                .register(finances, "ListFinancialEventsByNextToken", WebServiceResponses.guarded(events))
                .register(finances, FinancialEventGroupsHandler.LIST, WebServiceResponses.guarded(eventGroups))
                .register(finances, "ListFinancialEventGroupsByNextToken", WebServiceResponses.guarded(eventGroups));
    }
}
