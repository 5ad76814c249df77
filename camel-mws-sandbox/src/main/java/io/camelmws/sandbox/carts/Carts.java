package io.camelmws.sandbox.carts;

import io.camelmws.sandbox.customers.Buyer;
import io.camelmws.sandbox.customers.Buyers;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The carts of the seller's customers in a marketplace: after each customer's latest order, most come back within
 * three days and leave one to three of the seller's other listings in their cart, some saved for later. Derived
 * from the buyers and listings on each call, so a cart appears once the simulated clock reaches its time.
 */
final class Carts {

    private static final Duration MAX_RETURN = Duration.ofDays(3);

    private final OrderBook book;
    private final Buyers buyers;

    Carts(OrderBook book, Buyers buyers) {
        this.book = book;
        this.buyers = buyers;
    }

    /** The carts of {@code marketplaceId} that exist at {@code now}, by LastUpdatedDate, oldest first. */
    List<Cart> inMarketplace(String marketplaceId, Instant now) {
        List<Listing> listings = book.listings().inMarketplace(marketplaceId);
        List<Cart> carts = new ArrayList<>();
        for (Buyer buyer : buyers.inMarketplace(marketplaceId, now)) {
            cart(buyer, listings).filter(cart -> !cart.lastUpdated().isAfter(now)).ifPresent(carts::add);
        }
        carts.sort(Comparator.comparing(Cart::lastUpdated).thenComparing(Cart::cartId));
        return carts;
    }

    Optional<Cart> find(String marketplaceId, String cartId, Instant now) {
        return inMarketplace(marketplaceId, now).stream().filter(cart -> cart.cartId().equals(cartId)).findFirst();
    }

    private Optional<Cart> cart(Buyer buyer, List<Listing> listings) {
        SplittableRandom random = new SplittableRandom(book.seed() * 31 + buyer.customerId().hashCode());
        List<Listing> candidates = listings.stream().filter(listing -> !buyer.boughtSkus()
                .contains(listing.sellerSku())).toList();
        if (candidates.isEmpty() || random.nextInt(10) < 3) {
            return Optional.empty();
        }
        List<Listing> active = new ArrayList<>();
        List<Listing> saved = new ArrayList<>();
        int items = 1 + random.nextInt(Math.min(3, candidates.size()));
        for (int i = 0; i < items; i++) {
            Listing listing = candidates.get(random.nextInt(candidates.size()));
            if (!active.contains(listing) && !saved.contains(listing)) {
                (i > 0 && random.nextInt(3) == 0 ? saved : active).add(listing);
            }
        }
        Instant updated = buyer.lastOrderedAt().plusSeconds(60 + random.nextLong(MAX_RETURN.toSeconds()));
        String cartId = "C" + buyer.customerId().substring(1);
        String session = String.format("%03d-%07d-%07d", random.nextInt(1000), random.nextInt(10_000_000),
                random.nextInt(10_000_000));
        return Optional.of(new Cart(cartId, buyer.customerId(), buyer.marketplaceId(), session, updated, active,
                saved));
    }
}
