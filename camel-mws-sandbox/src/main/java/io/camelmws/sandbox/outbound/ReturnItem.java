package io.camelmws.sandbox.outbound;

import java.time.Instant;

/**
 * A return CreateFulfillmentReturn authorised: New when authorised, Processed once the fulfilment centre received
 * it ({@link #RECEIVED_AFTER} later on the simulated clock), in Sellable condition.
 */
record ReturnItem(String sellerReturnItemId, String itemId, String amazonShipmentId, String sellerReasonCode,
                  String comment, String authorizationId, String fulfillmentCenterId, String rmaId, Instant createdAt) {

    static final java.time.Duration RECEIVED_AFTER = java.time.Duration.ofDays(5);

    boolean processed(Instant now) {
        return !now.isBefore(createdAt.plus(RECEIVED_AFTER));
    }

    Instant statusChangedAt(Instant now) {
        return processed(now) ? createdAt.plus(RECEIVED_AFTER) : createdAt;
    }
}
