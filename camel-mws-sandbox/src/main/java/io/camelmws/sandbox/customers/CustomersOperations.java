package io.camelmws.sandbox.customers;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the CustomerInformation 2014-03-01 operations, answered from the order book's buyers, in. */
public final class CustomersOperations {

    private CustomersOperations() {
    }

    public static void register(OperationRegistry registry, SectionCatalog catalog, Buyers buyers) {
        Section section = catalog.section("CustomerInformation");
        CustomersHandler handler = new CustomersHandler(buyers);
        registry.register(section, "ListCustomers", WebServiceResponses.guarded(handler::listCustomers))
                .register(section, "ListCustomersByNextToken",
                        WebServiceResponses.guarded(handler::listCustomersByNextToken))
                .register(section, "GetCustomersForCustomerId",
                        WebServiceResponses.guarded(handler::getCustomersForCustomerId));
    }
}
