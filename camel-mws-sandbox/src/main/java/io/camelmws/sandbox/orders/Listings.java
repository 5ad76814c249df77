package io.camelmws.sandbox.orders;

import java.util.List;
import java.util.Optional;

/**
 * The seller's offers that order items are drawn from: a few hundred listings, deterministic from the order
 * book's seed. A reseed of the book replaces them; this object stays the same, so holding on to it is safe.
 */
public final class Listings {

    private volatile ListingCatalog catalog;

    Listings(ListingCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every listing, grouped by product, then by marketplace in {@code Marketplaces.seller()} order. */
    public List<Listing> all() {
        return catalog.all();
    }

    /** The listings of one marketplace. */
    public List<Listing> inMarketplace(String marketplaceId) {
        return catalog.all().stream().filter(listing -> listing.marketplaceId().equals(marketplaceId)).toList();
    }

    /** The listing of {@code sellerSku} in {@code marketplaceId}. */
    public Optional<Listing> find(String marketplaceId, String sellerSku) {
        return catalog.all().stream()
                .filter(listing -> listing.marketplaceId().equals(marketplaceId)
                        && listing.sellerSku().equals(sellerSku))
                .findFirst();
    }

    void replace(ListingCatalog next) {
        this.catalog = next;
    }
}
