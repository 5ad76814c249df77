package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.sellers.Marketplace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the parcels of a book generation from its columns: an order ships at its Shipped or PartiallyShipped
 * events, which its timeline fixed at generation, so the parcels of a time window are a scan of the orders bought
 * up to {@link OrderTimeline#MAX_SPAN_MILLIS} before it, without building the orders that did not ship then.
 */
final class Shipments {

    private Shipments() {
    }

    /** Parcels shipped at epoch milliseconds in [{@code fromMillis}, {@code toMillis}), by ship instant then purchase order. */
    static List<Shipment> between(BookState book, long fromMillis, long toMillis) {
        if (toMillis <= fromMillis) {
            return List.of();
        }
        int count = book.countAt(toMillis - 1);
        List<long[]> found = new ArrayList<>();
        for (int index = book.firstPurchasedAtOrAfter(fromMillis - OrderTimeline.MAX_SPAN_MILLIS, count);
             index < count; index++) {
            for (int event = 0; event < OrderTimeline.MAX_EVENTS; event++) {
                long at = book.eventTime(index, event);
                if (at < 0) {
                    break;
                }
                if (at >= fromMillis && at < toMillis && ships(book.eventStatus(index, event))) {
                    found.add(new long[] {at, index, event});
                }
            }
        }
        found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
        List<Shipment> shipments = new ArrayList<>(found.size());
        for (long[] f : found) {
            shipments.add(parcel(book, (int) f[1], (int) f[2]));
        }
        return shipments;
    }

    /** The parcels of order {@code index} shipped by {@code millis}, first parcel first. */
    static List<Shipment> of(BookState book, int index, long millis) {
        List<Shipment> shipments = new ArrayList<>(2);
        for (int event = 0; event < OrderTimeline.MAX_EVENTS; event++) {
            long at = book.eventTime(index, event);
            if (at < 0 || at > millis) {
                break;
            }
            if (ships(book.eventStatus(index, event))) {
                shipments.add(parcel(book, index, event));
            }
        }
        return shipments;
    }

    private static boolean ships(OrderStatus status) {
        return status == OrderStatus.SHIPPED || status == OrderStatus.PARTIALLY_SHIPPED;
    }

    /** The parcel order {@code index} ships at its {@code event}-th event. */
    private static Shipment parcel(BookState book, int index, int event) {
        OrderAttributes attributes = OrderAttributes.draw(book.seed, index);
        Marketplace marketplace = attributes.marketplaceInfo();
        List<OrderItem> lines = OrderFactory.shippedLines(book, index);
        int first = OrderFactory.firstParcelLines(lines.size());
        boolean split = event > 0 && book.eventStatus(index, event - 1) == OrderStatus.PARTIALLY_SHIPPED;
        boolean firstOfTwo = book.eventStatus(index, event) == OrderStatus.PARTIALLY_SHIPPED;
        List<OrderItem> items = firstOfTwo ? lines.subList(0, first) : split ? lines.subList(first, lines.size())
                : lines;
        String amazonOrderId = OrderFactory.amazonOrderId(book, index, attributes);
        return new Shipment(amazonOrderId, OrderFactory.sellerOrderId(index, attributes, amazonOrderId),
                marketplace.marketplaceId(), marketplace.salesChannel(), attributes.fulfillmentChannel(),
                Instant.ofEpochMilli(book.eventTime(index, event)), split ? 2 : 1, items);
    }
}
