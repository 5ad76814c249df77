package io.camelmws.sandbox.orders;

import java.time.Instant;
import java.util.List;

/**
 * One parcel of an order leaving the seller's or Amazon's warehouse: the moment an order becomes Shipped, or
 * PartiallyShipped and later Shipped when it ships in two. What money and FBA inventory are made of: a parcel
 * takes its units out of stock and posts the order's charges and fees.
 *
 * @param amazonOrderId      the order
 * @param sellerOrderId      the seller's own id (the AmazonOrderId for Amazon-fulfilled orders)
 * @param marketplaceId      where the order was bought
 * @param salesChannel       the marketplace's name ({@code Amazon.de}), which Finances calls MarketplaceName
 * @param fulfillmentChannel {@code AFN} or {@code MFN}
 * @param shippedAt          when the order took the status that shipped this parcel (its LastUpdateDate then)
 * @param parcel             1 for the first parcel, 2 for the rest of a split shipment
 * @param items              the lines in this parcel, each shipped whole ({@code quantityShipped} = ordered)
 */
public record Shipment(String amazonOrderId, String sellerOrderId, String marketplaceId, String salesChannel,
                       String fulfillmentChannel, Instant shippedAt, int parcel, List<OrderItem> items) {

    public Shipment {
        items = List.copyOf(items);
    }

    public boolean amazonFulfilled() {
        return "AFN".equals(fulfillmentChannel);
    }

    /** The currency of the order's amounts. */
    public String currencyCode() {
        return items.get(0).currencyCode();
    }
}
