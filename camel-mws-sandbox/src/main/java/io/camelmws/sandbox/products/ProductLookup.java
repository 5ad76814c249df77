package io.camelmws.sandbox.products;

import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import java.util.List;
import java.util.Optional;

/**
 * Finds the seller's own products, the only ones the sandbox's catalog has: by SellerSKU, ASIN or product code in
 * one marketplace. Reads the order book's current listings and seed on every call, so a reseed is seen at once.
 */
final class ProductLookup {

    private final OrderBook orderBook;

    ProductLookup(OrderBook orderBook) {
        this.orderBook = orderBook;
    }

    Optional<Listing> bySku(String marketplaceId, String sellerSku) {
        return orderBook.listings().find(marketplaceId, sellerSku);
    }

    Optional<Listing> byAsin(String marketplaceId, String asin) {
        return orderBook.listings().inMarketplace(marketplaceId).stream()
                .filter(listing -> listing.asin().equals(asin)).findFirst();
    }

    /** By SellerSKU when {@code bySku}, else by ASIN. */
    Optional<Listing> find(String marketplaceId, boolean bySku, String id) {
        return bySku ? bySku(marketplaceId, id) : byAsin(marketplaceId, id);
    }

    /** The catalog items of the marketplace whose {@code idType} code is {@code id} (ASIN, SellerSKU, UPC...). */
    List<CatalogItem> byId(String marketplaceId, String idType, String id) {
        return items(marketplaceId).stream().filter(item -> id.equals(item.id(idType))).toList();
    }

    /** Every catalog item of the marketplace, in catalog order. */
    List<CatalogItem> items(String marketplaceId) {
        long seed = orderBook.seed();
        return orderBook.listings().inMarketplace(marketplaceId).stream()
                .map(listing -> CatalogItem.of(seed, listing)).toList();
    }

    CatalogItem item(Listing listing) {
        return CatalogItem.of(orderBook.seed(), listing);
    }

    long seed() {
        return orderBook.seed();
    }
}
