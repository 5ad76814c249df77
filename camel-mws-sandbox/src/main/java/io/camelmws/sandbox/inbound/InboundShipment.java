package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An inbound shipment the seller created from a plan. While the seller works on it, it is WORKING (or CANCELLED);
 * once marked SHIPPED it moves along {@link #AFTER_SHIPPING} on the simulated clock, and its units are counted in
 * while it is RECEIVING.
 *
 * @param shippedAt   when UpdateInboundShipment (or CreateInboundShipment) set it SHIPPED; {@code null} before
 * @param cancelledAt when the seller cancelled it; {@code null} if not
 * @param updatedAt   the last change the seller made (the life cycle after shipping moves it on by itself)
 * @param sequence    creation order, for a stable list order
 */
record InboundShipment(String id, String name, String marketplaceId, Structure shipFrom,
                       String destinationFulfillmentCenterId, String labelPrepType, String boxContentsSource,
                       List<InboundItem> items, Instant createdAt, Instant updatedAt, Instant shippedAt,
                       Instant cancelledAt, long sequence, Transport transport) {

    /**
     * After shipping: carrier pick-up, transit, delivery at the dock, check-in, receiving (units counted in over its
     * duration), then CLOSED for good. Durations as a small-parcel shipment within one country took.
     */
    static final Timeline<String> AFTER_SHIPPING = Timeline.first("SHIPPED", Duration.ofDays(1))
            .then("IN_TRANSIT", Duration.ofDays(2))
            .then("DELIVERED", Duration.ofHours(12))
            .then("CHECKED_IN", Duration.ofHours(12))
            .then("RECEIVING", Duration.ofDays(2))
            .last("CLOSED");

    InboundShipment {
        items = List.copyOf(items);
    }

    /** The status at {@code now} and since when. */
    Timeline.Stage<String> stage(Instant now) {
        if (cancelledAt != null) {
            return new Timeline.Stage<>("CANCELLED", cancelledAt);
        }
        if (shippedAt == null || now.isBefore(shippedAt)) {
            return new Timeline.Stage<>("WORKING", createdAt);
        }
        return AFTER_SHIPPING.at(shippedAt, now);
    }

    /** When the shipment last changed at {@code now}: a seller's update or a step of its life cycle. */
    Instant lastUpdated(Instant now) {
        Instant since = stage(now).since();
        return since.isAfter(updatedAt) ? since : updatedAt;
    }

    /** Units of {@code item} Amazon has counted in at {@code now}: none before RECEIVING, all once CLOSED. */
    int received(InboundItem item, Instant now) {
        Timeline.Stage<String> stage = stage(now);
        if ("CLOSED".equals(stage.status())) {
            return item.quantityShipped();
        }
        if (!"RECEIVING".equals(stage.status())) {
            return 0;
        }
        Instant closes = AFTER_SHIPPING.entered(shippedAt, "CLOSED");
        long total = Duration.between(stage.since(), closes).toSeconds();
        long elapsed = Duration.between(stage.since(), now).toSeconds();
        return (int) (item.quantityShipped() * elapsed / Math.max(1, total));
    }

    InboundShipment with(String newName, Structure newShipFrom, String newLabelPrepType, List<InboundItem> newItems,
                         Instant now, Instant newShippedAt, Instant newCancelledAt) {
        return new InboundShipment(id, newName, marketplaceId, newShipFrom, destinationFulfillmentCenterId,
                newLabelPrepType, boxContentsSource, newItems, createdAt, now, newShippedAt, newCancelledAt,
                sequence, transport);
    }

    InboundShipment withTransport(Transport newTransport) {
        return new InboundShipment(id, name, marketplaceId, shipFrom, destinationFulfillmentCenterId, labelPrepType,
                boxContentsSource, items, createdAt, updatedAt, shippedAt, cancelledAt, sequence, newTransport);
    }
}
