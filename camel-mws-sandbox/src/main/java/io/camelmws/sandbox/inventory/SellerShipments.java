package io.camelmws.sandbox.inventory;

import java.time.Instant;

/**
 * Units of one SKU the seller sent to Amazon through FulfillmentInboundShipment: those counted in by a fulfilment
 * centre join the SKU's in-stock supply, those shipped but not yet counted are its inbound supply.
 */
@FunctionalInterface
public interface SellerShipments {

    /** No seller-created shipments at all. */
    SellerShipments NONE = (marketplaceId, sellerSku, now) -> Units.NONE;

    Units units(String marketplaceId, String sellerSku, Instant now);

    /**
     * @param received      units counted in by {@code now}
     * @param onTheWay      units shipped and not yet counted in
     * @param arrivesAt     when the last of the units on their way will be counted in; {@code null} when none are
     * @param lastChangedAt the last time a shipment of the SKU changed (created, shipped, a step of its life cycle)
     */
    record Units(int received, int onTheWay, Instant arrivesAt, Instant lastChangedAt) {
        public static final Units NONE = new Units(0, 0, null, null);
    }
}
