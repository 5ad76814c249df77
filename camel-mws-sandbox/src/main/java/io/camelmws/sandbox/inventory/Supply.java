package io.camelmws.sandbox.inventory;

import io.camelmws.sandbox.orders.Listing;
import java.time.Instant;

/**
 * What Amazon holds of one FBA listing at an instant.
 *
 * @param listing       the seller's offer (SKU, ASIN, marketplace)
 * @param inStock       units on hand, sellable now
 * @param inbound       units on their way to a fulfilment centre; 0 when none are
 * @param arrivesAt     when the inbound units become available to pick; {@code null} when none are inbound
 * @param lastChangedAt when the supply last changed (a parcel shipped, an inbound shipment was created or received)
 */
public record Supply(Listing listing, int inStock, int inbound, Instant arrivesAt, Instant lastChangedAt) {

    public int total() {
        return inStock + inbound;
    }
}
