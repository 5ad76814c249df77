package io.camelmws.sandbox.merchant;

import io.camelmws.sandbox.webservice.Timeline;
import java.time.Duration;
import java.time.Instant;

/**
 * A label bought with CreateShipment: Purchased, and once cancelled RefundPending until the carrier refunds it a day
 * later (RefundApplied).
 *
 * @param label the label as the PDF document it is
 */
record LabelShipment(String shipmentId, ShipmentRequest request, ShippingService.Offer offer, String trackingId,
                     Instant createdAt, Instant cancelledAt, byte[] label) {

    static final Duration REFUND_AFTER = Duration.ofDays(1);
    private static final Timeline<String> REFUND = Timeline.first("RefundPending", REFUND_AFTER).last("RefundApplied");

    Timeline.Stage<String> status(Instant now) {
        if (cancelledAt == null) {
            return new Timeline.Stage<>("Purchased", createdAt);
        }
        return REFUND.at(cancelledAt, now);
    }

    LabelShipment cancelled(Instant at) {
        return new LabelShipment(shipmentId, request, offer, trackingId, createdAt, at, label);
    }
}
