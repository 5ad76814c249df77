package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.orders.Shipment;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seller's financial events as a function of the order book: every parcel posts a shipment event when it
 * ships, and about {@value #REFUND_PERCENT} % of parcels are refunded (their first line, whole) 2 to 20 days later.
 * Which ones and when depends only on the seed and the order, so the events of a past window never change.
 * Finances states PostedDate in whole seconds, so an event posts at the first whole second not before its parcel
 * shipped: the instant a window is filtered on is the one the answer shows.
 */
final class EventLedger {

    static final int REFUND_PERCENT = 4;
    static final Duration LONGEST_REFUND_DELAY = Duration.ofDays(20);
    private static final long DAY = 86_400;

    private final OrderBook book;

    EventLedger(OrderBook book) {
        this.book = book;
    }

    OrderBook book() {
        return book;
    }

    /** The events posted in [{@code from}, {@code to}), in {@link FinancialEvent#POSTED_ORDER}. */
    List<FinancialEvent> postedBetween(Instant from, Instant to) {
        List<FinancialEvent> events = new ArrayList<>();
        if (!to.isAfter(from)) {
            return events;
        }
        for (Shipment shipment : book.shipmentsBetween(from.minus(LONGEST_REFUND_DELAY).minusSeconds(1), to)) {
            Instant postedAt = postedAt(shipment);
            if (!postedAt.isBefore(from) && postedAt.isBefore(to)) {
                events.add(shipped(shipment));
            }
            Instant refundedAt = refundedAt(shipment);
            if (refundedAt != null && !refundedAt.isBefore(from) && refundedAt.isBefore(to)) {
                events.add(refunded(shipment, refundedAt));
            }
        }
        events.sort(FinancialEvent.POSTED_ORDER);
        return events;
    }

    /** The events of one order posted by {@code now}. */
    List<FinancialEvent> ofOrder(String amazonOrderId, Instant now) {
        List<FinancialEvent> events = new ArrayList<>();
        for (Shipment shipment : book.shipmentsOf(amazonOrderId, now)) {
            if (postedAt(shipment).isAfter(now)) {
                continue;
            }
            events.add(shipped(shipment));
            Instant refundedAt = refundedAt(shipment);
            if (refundedAt != null && !refundedAt.isAfter(now)) {
                events.add(refunded(shipment, refundedAt));
            }
        }
        events.sort(FinancialEvent.POSTED_ORDER);
        return events;
    }

    private static FinancialEvent shipped(Shipment shipment) {
        String country = Marketplaces.byId(shipment.marketplaceId()).orElseThrow().countryCode();
        List<ItemMoney> items = new ArrayList<>();
        for (OrderItem item : shipment.items()) {
            items.add(SellerFees.shipped(shipment, item, country));
        }
        return new FinancialEvent(false, shipment, postedAt(shipment), items);
    }

    private static FinancialEvent refunded(Shipment shipment, Instant refundedAt) {
        ItemMoney first = shipped(shipment).items().get(0);
        return new FinancialEvent(true, shipment, refundedAt, List.of(SellerFees.refunded(first)));
    }

    /** When the parcel's refund posts; {@code null} for the parcels never refunded. */
    private Instant refundedAt(Shipment shipment) {
        SplittableRandom random = new SplittableRandom(book.seed() * 0x9E3779B97F4A7C15L
                + shipment.amazonOrderId().hashCode() * 31L + shipment.parcel());
        if (random.nextInt(100) >= REFUND_PERCENT) {
            return null;
        }
        return postedAt(shipment).plusSeconds(random.nextLong(2 * DAY, LONGEST_REFUND_DELAY.getSeconds()));
    }

    /** The first whole second not before the parcel shipped. */
    private static Instant postedAt(Shipment shipment) {
        Instant whole = shipment.shippedAt().truncatedTo(ChronoUnit.SECONDS);
        return whole.equals(shipment.shippedAt()) ? whole : whole.plusSeconds(1);
    }
}
