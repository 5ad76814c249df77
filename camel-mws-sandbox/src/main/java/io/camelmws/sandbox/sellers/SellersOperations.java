package io.camelmws.sandbox.sellers;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationRegistry;

/** Plugs the Sellers 2011-07-01 operations into the sandbox. */
public final class SellersOperations {

    /** Participations per page when nothing else is configured: all of them, so no NextToken, as for most sellers. */
    public static final int DEFAULT_PARTICIPATIONS_PAGE_SIZE = 50;

    private SellersOperations() {
    }

    /**
     * Registers ListMarketplaceParticipations and ListMarketplaceParticipationsByNextToken.
     *
     * @param sellerId the SellerId the participations name
     * @param pageSize participations (and marketplaces) per page; small values make tests page
     */
    public static void register(OperationRegistry registry, SectionCatalog catalog, String sellerId, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("participationsPageSize must be at least 1, was " + pageSize);
        }
        Section sellers = catalog.section("Sellers");
        MarketplaceParticipationsHandler handler = new MarketplaceParticipationsHandler(sellerId, pageSize);
        registry.register(sellers, MarketplaceParticipationsHandler.LIST, handler)
                .register(sellers, MarketplaceParticipationsHandler.BY_NEXT_TOKEN, handler);
    }
}
