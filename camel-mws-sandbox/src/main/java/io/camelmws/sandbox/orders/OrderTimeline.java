package io.camelmws.sandbox.orders;

/**
 * An order's whole life decided at once, at generation: the statuses it will take and the millisecond each
 * begins (delays are drawn to the millisecond, so LastUpdateDates carry milliseconds as recent answers did).
 * Reading it at any instant is then a lookup, which is how the book answers "as of now" without a scheduler.
 * <pre>
 * [PendingAvailability (JP pre-order) →] Pending → Unshipped → [PartiallyShipped →] Shipped
 *                                          ↘ Canceled (buyer, unpaid CVS)   ↘ Unfulfillable (AFN)
 * </pre>
 */
final class OrderTimeline {

    /** The most events one order has: PendingAvailability, Pending, Unshipped, PartiallyShipped, Shipped. */
    static final int MAX_EVENTS = 5;
    /** An upper bound of the time from purchase to the last event (20 d release + 2 d CVS + 3 d + 5 d). */
    static final long MAX_SPAN_MILLIS = 32L * 86_400_000;

    private static final long STREAM = 3;
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final long DAY = 86_400_000;

    private OrderTimeline() {
    }

    /**
     * Writes the events of order {@code index} at {@code slot * MAX_EVENTS} of {@code times} and {@code statuses}.
     *
     * @return the number of events written
     */
    static int write(long seed, int index, OrderAttributes attributes, long purchase, long[] times,
                     byte[] statuses, int slot) {
        SeededRandom random = new SeededRandom(seed, index, STREAM);
        long release = purchase + random.between(DAY, 20 * DAY);
        long paymentDelay = switch (attributes.payment()) {
            case OrderAttributes.CVS -> random.between(HOUR, 48 * HOUR);
            case OrderAttributes.COD -> random.between(MINUTE, 10 * MINUTE);
            default -> random.between(MINUTE, 30 * MINUTE);
        };
        boolean neverPaid = random.chance(0.15);
        boolean buyerCancels = random.chance(0.03);
        long cancelDelay = random.between(5 * MINUTE, 36 * HOUR);
        boolean unfulfillable = random.chance(0.01);
        long unfulfillableDelay = random.between(HOUR, 24 * HOUR);
        boolean afn = attributes.channel() == ListingCatalog.AFN;
        long shipDelay = afn ? random.between(2 * HOUR, 30 * HOUR) : random.between(6 * HOUR, 72 * HOUR);
        boolean splitShipment = random.chance(0.3);
        long secondParcelDelay = random.between(DAY, 5 * DAY);

        Events events = new Events(times, statuses, slot * MAX_EVENTS);
        long pending = purchase;
        if (attributes.preorder()) {
            events.add(purchase, OrderStatus.PENDING_AVAILABILITY);
            pending = release;
        }
        events.add(pending, OrderStatus.PENDING);
        long paid = pending + paymentDelay;
        if (attributes.payment() == OrderAttributes.CVS && neverPaid) {
            // A convenience-store payment never made: Amazon cancels after three days.
            return events.add(pending + 72 * HOUR, OrderStatus.CANCELED);
        }
        long canceled = pending + cancelDelay;
        if (buyerCancels && canceled < paid) {
            return events.add(canceled, OrderStatus.CANCELED);
        }
        events.add(paid, OrderStatus.UNSHIPPED);
        long shipped = paid + shipDelay;
        if (buyerCancels && canceled < shipped) {
            return events.add(canceled, OrderStatus.CANCELED);
        }
        if (afn && unfulfillable) {
            return events.add(paid + unfulfillableDelay, OrderStatus.UNFULFILLABLE);
        }
        if (!afn && attributes.itemCount() >= 2 && splitShipment) {
            events.add(shipped, OrderStatus.PARTIALLY_SHIPPED);
            return events.add(shipped + secondParcelDelay, OrderStatus.SHIPPED);
        }
        return events.add(shipped, OrderStatus.SHIPPED);
    }

    /** Appends events to one order's slot; returns the running count. */
    private static final class Events {
        private final long[] times;
        private final byte[] statuses;
        private final int base;
        private int count;

        Events(long[] times, byte[] statuses, int base) {
            this.times = times;
            this.statuses = statuses;
            this.base = base;
        }

        int add(long instant, OrderStatus status) {
            times[base + count] = instant;
            statuses[base + count] = (byte) status.ordinal();
            return ++count;
        }
    }
}
