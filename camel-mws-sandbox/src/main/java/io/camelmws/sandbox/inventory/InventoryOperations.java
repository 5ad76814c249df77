package io.camelmws.sandbox.inventory;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the FBA Inventory 2010-10-01 operations into the sandbox: ListInventorySupply and its ByNextToken. */
public final class InventoryOperations {

    /** FBA SKUs per page of a QueryStartDateTime listing. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private InventoryOperations() {
    }

    /** @param ledger the FBA stock of the seller whose orders {@code orderBook} holds */
    public static void register(OperationRegistry registry, SectionCatalog catalog, OrderBook orderBook,
                                StockLedger ledger, int pageSize) {
        Section inventory = catalog.section("FulfillmentInventory");
        InventorySupplyHandler handler = new InventorySupplyHandler(orderBook, ledger, pageSize);
        registry.register(inventory, InventorySupplyHandler.LIST, WebServiceResponses.guarded(handler))
                .register(inventory, "ListInventorySupplyByNextToken", WebServiceResponses.guarded(handler));
    }
}
