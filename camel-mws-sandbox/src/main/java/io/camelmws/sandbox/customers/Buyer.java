package io.camelmws.sandbox.customers;

import io.camelmws.sandbox.orders.Address;
import java.time.Instant;
import java.util.List;

/**
 * A buyer of the seller's orders in one marketplace, known by the (anonymised) e-mail its orders carry.
 *
 * @param customerId     the CustomerId, derived from marketplace and e-mail
 * @param addresses      the shipping addresses of the buyer's orders, most recent first (the default one first)
 * @param firstOrderedAt when the buyer became a customer (AssociatedOn)
 * @param lastOrderedAt  the purchase of the buyer's latest order (LastUpdatedOn)
 * @param boughtSkus     the SKUs of the buyer's orders
 */
public record Buyer(String customerId, String marketplaceId, String name, String email, List<Address> addresses,
                    Instant firstOrderedAt, Instant lastOrderedAt, List<String> boughtSkus) {

    public Buyer {
        addresses = List.copyOf(addresses);
        boughtSkus = List.copyOf(boughtSkus);
    }
}
