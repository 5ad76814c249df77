package io.camelmws.sandbox.carts;

import io.camelmws.sandbox.orders.Listing;
import java.time.Instant;
import java.util.List;

/**
 * A customer's cart: listings put in it (active) or saved for later, and when it last changed.
 *
 * @param active the active items, each bought once
 * @param saved  the items saved for later
 */
record Cart(String cartId, String customerId, String marketplaceId, String sessionId, Instant lastUpdated,
            List<Listing> active, List<Listing> saved) {

    Cart {
        active = List.copyOf(active);
        saved = List.copyOf(saved);
    }
}
