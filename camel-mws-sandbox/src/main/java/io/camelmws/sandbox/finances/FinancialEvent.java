package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.orders.Shipment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One ShipmentEvent, either of the ShipmentEventList (a parcel shipped: its lines' charges, fees and promotions)
 * or of the RefundEventList (part of a parcel refunded: the adjustments).
 *
 * @param refund     whether it is a refund
 * @param shipment   the parcel the event is about
 * @param postedDate when Amazon posted it
 * @param items      the money of each line
 */
record FinancialEvent(boolean refund, Shipment shipment, Instant postedDate, List<ItemMoney> items) {

    /** The order events are listed and paged in: by PostedDate, shipments before refunds, then by order. */
    static final Comparator<FinancialEvent> POSTED_ORDER = Comparator.comparing(FinancialEvent::postedDate)
            .thenComparing(FinancialEvent::refund)
            .thenComparing(event -> event.shipment().amazonOrderId())
            .thenComparingInt(event -> event.shipment().parcel());

    FinancialEvent {
        items = List.copyOf(items);
    }

    String currencyCode() {
        return shipment.currencyCode();
    }

    /** What the event adds to the seller's balance. */
    BigDecimal total() {
        return items.stream().map(ItemMoney::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
