package io.camelmws.sandbox.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The seller's orders as a pure function of the simulated clock. From a seed and a size it decides, once, every
 * order's marketplace, buyer, items and whole timeline; reading the book at an instant only looks up which orders
 * exist by then and which status each has reached. New orders keep arriving (about {@code newOrdersPerHour} per
 * simulated hour) and existing ones move from Pending to Shipped as the clock runs, with no thread or timer.
 * <p>
 * The same seed, size, rate and start give the same orders, ids, names and dates. Thread-safe; reading an
 * instant costs a binary search, and only the orders actually read are built.
 */
public final class OrderBook {

    public static final int DEFAULT_INITIAL_ORDERS = 10_000;
    public static final long DEFAULT_SEED = 20_130_901L;
    public static final double DEFAULT_NEW_ORDERS_PER_HOUR = 12;
    /** The most initial orders a book holds: half the ids, so that orders bought later still get one. */
    public static final int MAX_INITIAL_ORDERS = OrderIds.MAX_ORDERS / 2;

    private final Clock clock;
    private final double newOrdersPerHour;
    private final Listings listings;
    private final int builtInitialOrders;
    private final long builtSeed;
    private volatile BookState state;

    /**
     * A book whose initial orders were bought during the 30 days before the clock's now.
     *
     * @param clock            the simulated clock; its now at construction (and at each reseed) is the book's start
     * @param initialOrders    orders bought before the start
     * @param newOrdersPerHour orders bought per simulated hour after the start; 0 for none
     */
    public OrderBook(Clock clock, int initialOrders, long seed, double newOrdersPerHour) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(newOrdersPerHour >= 0) || Double.isInfinite(newOrdersPerHour)) {
            throw new IllegalArgumentException("newOrdersPerHour must be a finite number from 0, was "
                    + newOrdersPerHour);
        }
        this.newOrdersPerHour = newOrdersPerHour;
        this.builtInitialOrders = checkSize(initialOrders);
        this.builtSeed = seed;
        this.state = newState(initialOrders, seed);
        this.listings = new Listings(state.listings);
    }

    public OrderBook(Clock clock, int initialOrders, long seed) {
        this(clock, initialOrders, seed, DEFAULT_NEW_ORDERS_PER_HOUR);
    }

    /** Every order that exists at {@code now}, by PurchaseDate ascending, as it stands at {@code now}; a lazy view. */
    public List<Order> ordersAt(Instant now) {
        BookState book = state;
        long millis = now.toEpochMilli();
        return new OrderView(book, 0, book.countAt(millis), millis);
    }

    /** The orders bought in [{@code from}, {@code to}], as they stand at {@code now}; a lazy view. */
    public List<Order> ordersPurchasedBetween(Instant from, Instant to, Instant now) {
        BookState book = state;
        long millis = now.toEpochMilli();
        int count = book.countAt(Math.min(millis, to.toEpochMilli()));
        int first = Math.min(count, book.firstPurchasedAtOrAfter(ceilMillis(from), count));
        return new OrderView(book, first, count, millis);
    }

    /** The orders whose LastUpdateDate at {@code now} lies in [{@code from}, {@code to}], by PurchaseDate. */
    public List<Order> ordersUpdatedBetween(Instant from, Instant to, Instant now) {
        BookState book = state;
        long millis = now.toEpochMilli();
        long fromMillis = ceilMillis(from);
        long toMillis = to.toEpochMilli();
        int count = book.countAt(Math.min(millis, toMillis));
        List<Order> updated = new ArrayList<>();
        for (int i = book.firstPurchasedAtOrAfter(fromMillis - OrderTimeline.MAX_SPAN_MILLIS, count); i < count; i++) {
            long lastUpdate = book.lastUpdateAt(i, millis);
            if (lastUpdate >= fromMillis && lastUpdate <= toMillis) {
                updated.add(OrderFactory.order(book, i, millis));
            }
        }
        return updated;
    }

    /** The order with this AmazonOrderId, if it exists at {@code now}, as it stands then. */
    public Optional<Order> find(String amazonOrderId, Instant now) {
        BookState book = state;
        long millis = now.toEpochMilli();
        int index = indexOf(book, amazonOrderId, millis);
        return index < 0 ? Optional.empty() : Optional.of(OrderFactory.order(book, index, millis));
    }

    /**
     * The parcels shipped in [{@code from}, {@code to}), by ship instant then purchase order: what took units out of
     * FBA stock and what posted money. The caller bounds {@code to} by its now; the book knows every order's future.
     */
    public List<Shipment> shipmentsBetween(Instant from, Instant to) {
        return Shipments.between(state, from.toEpochMilli(), to.toEpochMilli());
    }

    /** The parcels of one order shipped by {@code now}; empty when the order does not exist then. */
    public List<Shipment> shipmentsOf(String amazonOrderId, Instant now) {
        BookState book = state;
        long millis = now.toEpochMilli();
        int index = indexOf(book, amazonOrderId, millis);
        return index < 0 ? List.of() : Shipments.of(book, index, millis);
    }

    /**
     * Which generation of orders the book holds: it changes on every reseed and reset, so state derived from the
     * orders (FBA stock, money) knows to start over.
     */
    public int generation() {
        return state.generation;
    }

    /**
     * Replaces every order (and the listings) by those of another seed and size, bought during the 30 days before
     * the clock's now. NextTokens issued before are refused afterwards.
     */
    public synchronized void reseed(int initialOrders, long seed) {
        BookState next = newState(checkSize(initialOrders), seed);
        listings.replace(next.listings);
        state = next;
    }

    /** Starts over as built: the seed and size given to the constructor, re-anchored at the clock's now. */
    public void reset() {
        reseed(builtInitialOrders, builtSeed);
    }

    /** The seller's catalog the order items are drawn from. */
    public Listings listings() {
        return listings;
    }

    public long seed() {
        return state.seed;
    }

    public int initialOrders() {
        return state.initialOrders;
    }

    public double newOrdersPerHour() {
        return newOrdersPerHour;
    }

    /** The simulated instant the book starts at: initial orders precede it, later ones follow it. */
    public Instant start() {
        return Instant.ofEpochMilli(state.startMillis);
    }

    /** The current generation, for the Orders operations: one consistent state per request. */
    BookState state() {
        return state;
    }

    /** The index of an order existing at {@code millis}, or -1. */
    static int indexOf(BookState book, String amazonOrderId, long millis) {
        int index = OrderIds.indexOf(amazonOrderId, book.idKey);
        if (index < 0 || index >= book.countAt(millis)) {
            return -1;
        }
        OrderAttributes attributes = OrderAttributes.draw(book.seed, index);
        return OrderFactory.amazonOrderId(book, index, attributes).equals(amazonOrderId) ? index : -1;
    }

    private BookState newState(int initialOrders, long seed) {
        return new BookState(seed, initialOrders, clock.instant().truncatedTo(ChronoUnit.SECONDS), newOrdersPerHour);
    }

    private static int checkSize(int initialOrders) {
        if (initialOrders < 0 || initialOrders > MAX_INITIAL_ORDERS) {
            throw new IllegalArgumentException("initialOrders must be from 0 to " + MAX_INITIAL_ORDERS
                    + ", was " + initialOrders);
        }
        return initialOrders;
    }

    /** An instant's epoch millisecond, rounded up: a bound at 12:00:00.0005 excludes an order at 12:00:00.000. */
    private static long ceilMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    /** Orders [from, to) of one generation at one millisecond, built on access. */
    private static final class OrderView extends AbstractList<Order> implements RandomAccess {
        private final BookState book;
        private final int from;
        private final int to;
        private final long millis;

        OrderView(BookState book, int from, int to, long millis) {
            this.book = book;
            this.from = from;
            this.to = to;
            this.millis = millis;
        }

        @Override
        public Order get(int position) {
            Objects.checkIndex(position, to - from);
            return OrderFactory.order(book, from + position, millis);
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
