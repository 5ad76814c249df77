package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.StableRandom;
import java.util.Optional;

/**
 * The seller's FBA inventory as Multi-Channel Fulfillment sees it: the units of its Amazon-fulfilled listings
 * less what earlier fulfilment orders hold or shipped. A merchant-fulfilled listing has no FBA inventory.
 */
final class FbaStock {

    private final OrderBook orderBook;
    private final FulfillmentOrders orders;

    FbaStock(OrderBook orderBook, FulfillmentOrders orders) {
        this.orderBook = orderBook;
        this.orders = orders;
    }

    /** The Amazon-fulfilled listing of {@code sellerSku} in the marketplace, if the seller has one. */
    Optional<Listing> listing(String marketplaceId, String sellerSku) {
        return orderBook.listings().find(marketplaceId, sellerSku)
                .filter(listing -> "AFN".equals(listing.fulfillmentChannel()));
    }

    /** Units an order other than {@code exceptOrder} may still take. */
    int available(Listing listing, String exceptOrder) {
        return Math.max(0, listing.quantity() - orders.held(listing.marketplaceId(), listing.sellerSku(), exceptOrder));
    }

    /** The FulfillmentNetworkSKU Amazon labels the listing's units with. */
    String fnsku(Listing listing) {
        return "X00" + new StableRandom(orderBook.seed(), listing.sellerSku(), "fnsku").alphanumeric(7);
    }

    long seed() {
        return orderBook.seed();
    }
}
