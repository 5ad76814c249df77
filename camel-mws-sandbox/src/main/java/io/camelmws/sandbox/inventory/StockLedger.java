package io.camelmws.sandbox.inventory;

import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.orders.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The FBA stock of every Amazon-fulfilled listing, as a function of the order book and the simulated clock. At the
 * book's start a listing holds its catalog quantity; every parcel of an Amazon-fulfilled order takes its units out
 * (never below zero); when on-hand plus inbound falls under {@value #REORDER_POINT} units, the seller sends an
 * inbound shipment of 60 to 199 units that becomes available 3 to 9 days later. Quantities and dates depend only
 * on the seed, so the same seed and clock give the same stock.
 * <p>
 * The ledger is replayed parcel by parcel and kept, so a request costs only the parcels shipped since the last one;
 * a reseed (another generation of orders) or an earlier instant replays from the start.
 */
public final class StockLedger {

    static final int REORDER_POINT = 10;
    private static final Duration HISTORY = Duration.ofDays(30);
    private static final long DAY = 86_400;

    private final OrderBook book;
    private final SellerShipments sellerShipments;
    private Replay replay;

    public StockLedger(OrderBook book) {
        this(book, SellerShipments.NONE);
    }

    /**
     * @param sellerShipments units the seller sent through FulfillmentInboundShipment, added on top of the replayed
     *                        stock (the order book's parcels draw on the replayed stock only, so they never take them)
     */
    public StockLedger(OrderBook book, SellerShipments sellerShipments) {
        this.book = book;
        this.sellerShipments = sellerShipments;
    }

    /** Every FBA listing of {@code marketplaceId} as it stands at {@code now}, in catalog order. */
    public synchronized List<Supply> supplies(String marketplaceId, Instant now) {
        Replay current = replayTo(now);
        long second = Math.max(now.getEpochSecond(), current.startSecond);
        List<Supply> supplies = new ArrayList<>();
        for (Stock stock : current.stocks.values()) {
            if (stock.listing.marketplaceId().equals(marketplaceId)) {
                supplies.add(withSellerShipments(stock.at(second), now));
            }
        }
        return supplies;
    }

    private Supply withSellerShipments(Supply supply, Instant now) {
        SellerShipments.Units units = sellerShipments.units(supply.listing().marketplaceId(),
                supply.listing().sellerSku(), now);
        if (units.lastChangedAt() == null) {
            return supply;
        }
        Instant arrivesAt = supply.arrivesAt();
        if (arrivesAt == null || (units.arrivesAt() != null && units.arrivesAt().isAfter(arrivesAt))) {
            arrivesAt = units.onTheWay() > 0 ? units.arrivesAt() : arrivesAt;
        }
        Instant changed = units.lastChangedAt().isAfter(supply.lastChangedAt()) ? units.lastChangedAt()
                : supply.lastChangedAt();
        return new Supply(supply.listing(), supply.inStock() + units.received(), supply.inbound() + units.onTheWay(),
                arrivesAt, changed);
    }

    private Replay replayTo(Instant now) {
        long second = now.getEpochSecond();
        if (replay == null || replay.generation != book.generation() || second + 1 < replay.processedUntil) {
            replay = new Replay(book);
        }
        replay.advanceTo(Math.max(second + 1, replay.processedUntil));
        return replay;
    }

    /** One generation's stock, replayed up to (excluding) {@code processedUntil}. */
    private static final class Replay {
        final int generation;
        final long startSecond;
        final long seed;
        final OrderBook book;
        final Map<String, Stock> stocks = new LinkedHashMap<>();
        long processedUntil;

        Replay(OrderBook book) {
            this.book = book;
            this.generation = book.generation();
            this.seed = book.seed();
            this.startSecond = book.start().getEpochSecond();
            for (Listing listing : book.listings().all()) {
                if (listing.amazonFulfilled()) {
                    stocks.put(key(listing.marketplaceId(), listing.sellerSku()), new Stock(listing, seed));
                }
            }
            // Orders bought before the start shipped before it too: they changed the supply, not the start quantity.
            for (Shipment shipment : book.shipmentsBetween(book.start().minus(HISTORY), book.start())) {
                forEachStock(shipment, (stock, item) -> stock.lastChange = shipment.shippedAt().getEpochSecond());
            }
            for (Stock stock : stocks.values()) {
                stock.reorder(startSecond);
            }
            this.processedUntil = startSecond;
        }

        void advanceTo(long untilSecond) {
            if (untilSecond <= processedUntil) {
                return;
            }
            for (Shipment shipment : book.shipmentsBetween(Instant.ofEpochSecond(processedUntil),
                    Instant.ofEpochSecond(untilSecond))) {
                long second = shipment.shippedAt().getEpochSecond();
                forEachStock(shipment, (stock, item) -> stock.ship(second, item.quantityShipped()));
            }
            processedUntil = untilSecond;
        }

        private void forEachStock(Shipment shipment, java.util.function.BiConsumer<Stock, OrderItem> action) {
            if (!shipment.amazonFulfilled()) {
                return;
            }
            for (OrderItem item : shipment.items()) {
                Stock stock = stocks.get(key(shipment.marketplaceId(), item.sellerSku()));
                if (stock != null) {
                    action.accept(stock, item);
                }
            }
        }
    }

    private static String key(String marketplaceId, String sellerSku) {
        return marketplaceId + '\n' + sellerSku;
    }

    /** One listing's stock while it is replayed. */
    private static final class Stock {
        final Listing listing;
        final long stream;
        int onHand;
        int inbound;
        long arrivesAt = -1;
        long lastChange;
        int restocks;

        Stock(Listing listing, long seed) {
            this.listing = listing;
            this.onHand = listing.quantity();
            this.lastChange = listing.openDate().getEpochSecond();
            this.stream = seed * 0x9E3779B97F4A7C15L + key(listing.marketplaceId(), listing.sellerSku()).hashCode();
        }

        void ship(long second, int units) {
            receive(second);
            onHand = Math.max(0, onHand - units);
            lastChange = second;
            reorder(second);
        }

        /** Sends an inbound shipment when the stock runs low and none is on its way. */
        void reorder(long second) {
            receive(second);
            if (inbound == 0 && onHand < REORDER_POINT) {
                SplittableRandom random = new SplittableRandom(stream + restocks++);
                inbound = random.nextInt(60, 200);
                arrivesAt = second + random.nextLong(3 * DAY, 9 * DAY + 1);
                lastChange = second;
            }
        }

        /** Puts the inbound units into stock once they have arrived by {@code second}. */
        private void receive(long second) {
            if (inbound > 0 && arrivesAt <= second) {
                onHand += inbound;
                lastChange = arrivesAt;
                inbound = 0;
                arrivesAt = -1;
            }
        }

        /** The supply at {@code second} (at or after the last replayed parcel), without changing the ledger. */
        Supply at(long second) {
            boolean arrived = inbound > 0 && arrivesAt <= second;
            int inStock = arrived ? onHand + inbound : onHand;
            int pending = arrived ? 0 : inbound;
            long changed = arrived ? Math.max(lastChange, arrivesAt) : lastChange;
            return new Supply(listing, inStock, pending, pending > 0 ? Instant.ofEpochSecond(arrivesAt) : null,
                    Instant.ofEpochSecond(changed));
        }
    }
}
