package io.camelmws.sandbox.recommendations;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;

/** Plugs the Recommendations 2013-04-01 operations, derived from the order book's listings and sales, in. */
public final class RecommendationsOperations {

    private RecommendationsOperations() {
    }

    public static void register(OperationRegistry registry, SectionCatalog catalog, OrderBook book) {
        Section section = catalog.section("Recommendations");
        RecommendationsHandler handler = new RecommendationsHandler(new SellerRecommendations(book));
        registry.register(section, "GetLastUpdatedTimeForRecommendations",
                        WebServiceResponses.guarded(handler::lastUpdated))
                .register(section, "ListRecommendations", WebServiceResponses.guarded(handler::list))
                .register(section, "ListRecommendationsByNextToken",
                        WebServiceResponses.guarded(handler::listByNextToken));
    }
}
