package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One fulfilment order as CreateFulfillmentOrder received it and UpdateFulfillmentOrder, CancelFulfillmentOrder and
 * CreateFulfillmentReturn changed it. Immutable: a change replaces the order in the {@link FulfillmentOrders}.
 * Its status is not stored but computed from the simulated clock ({@link #stage(Instant)}).
 *
 * @param deliveryWindow the Scheduled Delivery window (Japan), or null
 * @param codSettings the cash-on-delivery charges (Japan), or null
 * @param shipsFrom   when the order may ship (creation, or the update that turned Hold into Ship); null on Hold
 * @param cancelledAt when it was cancelled, or null
 * @param sequence    creation order, for stable listing of orders received in the same instant
 */
record FulfillmentOrder(String id, String marketplaceId, String displayableOrderId, Instant displayableOrderDateTime,
                        String displayableOrderComment, ShippingSpeed speed, DeliveryWindow deliveryWindow,
                        Structure destination, String action, String policy, String method, CodSettings codSettings,
                        List<String> notificationEmails, List<OrderLine> lines,
                        Instant receivedAt, Instant shipsFrom, Instant cancelledAt, long sequence,
                        List<ReturnItem> returns) {

    FulfillmentOrder {
        notificationEmails = List.copyOf(notificationEmails);
        lines = List.copyOf(lines);
        returns = List.copyOf(returns);
    }

    /** The status at {@code now} and when the order entered it. */
    Timeline.Stage<FulfillmentOrderStatus> stage(Instant now) {
        if (cancelledAt != null && !now.isBefore(cancelledAt)) {
            return new Timeline.Stage<>(FulfillmentOrderStatus.CANCELLED, cancelledAt);
        }
        if (lines.stream().allMatch(line -> line.shippable() == 0)) {
            return new Timeline.Stage<>(FulfillmentOrderStatus.UNFULFILLABLE, receivedAt);
        }
        if (shipsFrom == null) {
            return new Timeline.Stage<>(FulfillmentOrderStatus.RECEIVED, receivedAt);
        }
        Timeline.Stage<FulfillmentOrderStatus> stage = speed.timeline().at(shipsFrom, now);
        if (stage.status() == FulfillmentOrderStatus.COMPLETE
                && lines.stream().anyMatch(line -> line.unfulfillable() > 0)) {
            return new Timeline.Stage<>(FulfillmentOrderStatus.COMPLETE_PARTIALLED, stage.since());
        }
        return stage;
    }

    /** When the order leaves the fulfilment centre; null while it is on Hold. */
    Instant shippedAt() {
        return shipsFrom == null ? null : speed.timeline().entered(shipsFrom, FulfillmentOrderStatus.COMPLETE);
    }

    FulfillmentOrder cancelled(Instant at) {
        return new FulfillmentOrder(id, marketplaceId, displayableOrderId, displayableOrderDateTime,
                displayableOrderComment, speed, deliveryWindow, destination, action, policy, method, codSettings,
                notificationEmails, lines,
                receivedAt, shipsFrom, at, sequence, returns);
    }

    FulfillmentOrder withReturns(List<ReturnItem> added) {
        List<ReturnItem> all = new ArrayList<>(returns);
        all.addAll(added);
        return new FulfillmentOrder(id, marketplaceId, displayableOrderId, displayableOrderDateTime,
                displayableOrderComment, speed, deliveryWindow, destination, action, policy, method, codSettings,
                notificationEmails, lines,
                receivedAt, shipsFrom, cancelledAt, sequence, all);
    }
}
