package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.PageToken;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One generation of the order book: everything is a function of (seed, initial orders, start, rate) and of the
 * order's index, so nothing changes after construction except caches. Orders 0..n-1 were bought during the 30
 * days before {@code start}; order n+k is bought at about start + k / rate. Indexes follow purchase dates. Every
 * instant is in epoch milliseconds: recent MWS answers dated purchases and updates to the millisecond.
 * <p>
 * What filtering needs (purchase second, marketplace, channel, payment method, the timeline) is kept in columns,
 * computed in chunks of 4096 orders: eagerly for the initial orders, on first use for the ones created later.
 */
final class BookState {

    static final long HISTORY_MILLIS = 30L * 86_400_000;

    private static final AtomicInteger GENERATIONS = new AtomicInteger();
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final long DATE_STREAM = 2;

    final long seed;
    final int initialOrders;
    final long startMillis;
    final double newOrdersPerHour;
    /** Unique per book and reseed in this JVM: NextTokens of another generation are refused. */
    final int generation = GENERATIONS.incrementAndGet();
    final ListingCatalog listings;
    final long idKey;
    final long itemIdKey;

    private volatile Chunk[] chunks;

    BookState(long seed, int initialOrders, Instant start, double newOrdersPerHour) {
        this.seed = seed;
        this.initialOrders = initialOrders;
        this.startMillis = start.toEpochMilli();
        this.newOrdersPerHour = newOrdersPerHour;
        this.listings = ListingCatalog.generate(seed, start);
        this.idKey = SeededRandom.mix(seed ^ 0x5EED_0001L);
        this.itemIdKey = SeededRandom.mix(seed ^ 0x5EED_0002L);
        Chunk[] initial = new Chunk[(initialOrders >> CHUNK_BITS) + 8];
        for (int c = 0; c << CHUNK_BITS < initialOrders; c++) {
            initial[c] = new Chunk(this, c);
        }
        this.chunks = initial;
    }

    /** A NextToken of this generation of the book; the list's fields follow. */
    PageToken.Writer tokenWriter(String kind) {
        return PageToken.writer(kind).writeInt(generation);
    }

    /**
     * A NextToken issued by {@link #tokenWriter}, positioned at the list's fields.
     *
     * @throws OperationFailure InvalidParameterValue when it is malformed, of another list or of an earlier
     *                          generation of the order book
     */
    PageToken.Reader tokenReader(String kind, String token) {
        PageToken.Reader reader = PageToken.reader(kind, token);
        if (reader.readInt() != generation) {
            throw OperationFailure.invalid("The NextToken " + token + " has expired: the order book was reseeded "
                    + "or reset since it was issued; start again without a NextToken.");
        }
        return reader;
    }

    /** How many orders exist at {@code millis}: indexes 0 to the result - 1. */
    int countAt(long millis) {
        if (millis < startMillis) {
            int low = 0;
            int high = initialOrders;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (purchase(middle) <= millis) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
        if (newOrdersPerHour <= 0) {
            return initialOrders;
        }
        long limit = OrderIds.MAX_ORDERS - (long) initialOrders;
        // Every later order k below floor(elapsed / interval) is bought by now; at most a couple more are.
        long created = Math.min(limit, (long) Math.floor((millis - startMillis) * newOrdersPerHour / 3_600_000.0));
        while (created < limit && purchase(initialOrders + (int) created) <= millis) {
            created++;
        }
        return initialOrders + (int) created;
    }

    /** The first index bought at or after {@code millis} (may equal {@code count}). */
    int firstPurchasedAtOrAfter(long millis, int count) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (purchase(middle) < millis) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    long purchase(int index) {
        return chunk(index).purchase[index & (CHUNK_SIZE - 1)];
    }

    int marketplace(int index) {
        return chunk(index).marketplace[index & (CHUNK_SIZE - 1)];
    }

    int channel(int index) {
        return chunk(index).channel[index & (CHUNK_SIZE - 1)];
    }

    int payment(int index) {
        return chunk(index).payment[index & (CHUNK_SIZE - 1)];
    }

    /** The status of order {@code index} at {@code millis} (which must not precede its purchase). */
    OrderStatus statusAt(int index, long millis) {
        Chunk chunk = chunk(index);
        return OrderStatus.ofOrdinal(chunk.eventStatus[chunk.eventAt(index & (CHUNK_SIZE - 1), millis)]);
    }

    /** The LastUpdateDate of order {@code index} at {@code millis}: when its current status began. */
    long lastUpdateAt(int index, long millis) {
        Chunk chunk = chunk(index);
        return chunk.eventTime[chunk.eventAt(index & (CHUNK_SIZE - 1), millis)];
    }

    /** When order {@code index} takes its {@code event}-th status, or -1 when it has fewer. */
    long eventTime(int index, int event) {
        Chunk chunk = chunk(index);
        int offset = index & (CHUNK_SIZE - 1);
        return event < chunk.eventCount[offset] ? chunk.eventTime[offset * OrderTimeline.MAX_EVENTS + event] : -1;
    }

    /** The status order {@code index} takes at its {@code event}-th event (which must exist). */
    OrderStatus eventStatus(int index, int event) {
        Chunk chunk = chunk(index);
        return OrderStatus.ofOrdinal(chunk.eventStatus[(index & (CHUNK_SIZE - 1)) * OrderTimeline.MAX_EVENTS + event]);
    }

    /** The purchase instant of an order, from its position: evenly spread with a jitter that keeps the order. */
    private long computePurchase(int index) {
        double jitter = new SeededRandom(seed, index, DATE_STREAM).nextDouble();
        if (index < initialOrders) {
            return startMillis - HISTORY_MILLIS
                    + (long) Math.floor((index + jitter) * HISTORY_MILLIS / initialOrders);
        }
        return startMillis + (long) Math.floor((index - initialOrders + jitter) * 3_600_000.0 / newOrdersPerHour);
    }

    private Chunk chunk(int index) {
        int number = index >>> CHUNK_BITS;
        Chunk[] current = chunks;
        if (number < current.length && current[number] != null) {
            return current[number];
        }
        synchronized (this) {
            current = chunks;
            if (number >= current.length) {
                current = Arrays.copyOf(current, Math.max(number + 1, current.length * 2));
            }
            if (current[number] == null) {
                current[number] = new Chunk(this, number);
            }
            chunks = current;
            return current[number];
        }
    }

    /** The columns of 4096 consecutive orders; every array is filled in the constructor, so final fields publish it. */
    private static final class Chunk {
        final long[] purchase = new long[CHUNK_SIZE];
        final byte[] marketplace = new byte[CHUNK_SIZE];
        final byte[] channel = new byte[CHUNK_SIZE];
        final byte[] payment = new byte[CHUNK_SIZE];
        final byte[] eventCount = new byte[CHUNK_SIZE];
        final long[] eventTime = new long[CHUNK_SIZE * OrderTimeline.MAX_EVENTS];
        final byte[] eventStatus = new byte[CHUNK_SIZE * OrderTimeline.MAX_EVENTS];

        Chunk(BookState book, int number) {
            int first = number << CHUNK_BITS;
            for (int offset = 0; offset < CHUNK_SIZE && first + offset < OrderIds.MAX_ORDERS; offset++) {
                int index = first + offset;
                if (index >= book.initialOrders && book.newOrdersPerHour <= 0) {
                    break;
                }
                OrderAttributes attributes = OrderAttributes.draw(book.seed, index);
                purchase[offset] = book.computePurchase(index);
                marketplace[offset] = (byte) attributes.marketplace();
                channel[offset] = (byte) attributes.channel();
                payment[offset] = (byte) attributes.payment();
                eventCount[offset] = (byte) OrderTimeline.write(book.seed, index, attributes, purchase[offset],
                        eventTime, eventStatus, offset);
            }
        }

        /** Position in the event arrays of the event in force at {@code millis}. */
        int eventAt(int offset, long millis) {
            int base = offset * OrderTimeline.MAX_EVENTS;
            int last = base;
            for (int event = base + 1; event < base + eventCount[offset]; event++) {
                if (eventTime[event] > millis) {
                    break;
                }
                last = event;
            }
            return last;
        }
    }
}
