package io.camelmws.sandbox.server.admin;

import io.camelmws.sandbox.orders.OrderBook;
import java.util.Map;

/**
 * The order book's admin route: {@code POST /__sandbox/orders/seed} with {@code {"count": N, "seed": S}} reseeds
 * it (either member may be left out to keep the current value) and answers the book's new shape.
 */
public final class OrderBookAdmin {

    public static final String SEED_PATH = "/__sandbox/orders/seed";

    private OrderBookAdmin() {
    }

    public static AdminHandler seedHandler(OrderBook book) {
        return (body, query) -> {
            Map<String, Object> request = Json.parseObject(body);
            int count = (int) whole(request, "count", book.initialOrders(), 0, OrderBook.MAX_INITIAL_ORDERS);
            long seed = whole(request, "seed", book.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
            book.reseed(count, seed);
            return AdminResponse.ok(Json.object("count", book.initialOrders(), "seed", book.seed(),
                    "newOrdersPerHour", book.newOrdersPerHour(), "start", book.start().toString()));
        };
    }

    private static long whole(Map<String, Object> request, String name, long current, long min, long max) {
        Object value = request.get(name);
        if (value == null) {
            return current;
        }
        if (!(value instanceof Long number) || number < min || number > max) {
            throw new IllegalArgumentException("Order book seeding needs \"" + name + "\" as a whole number from "
                    + min + " to " + max + ", was " + Json.write(value));
        }
        return number;
    }
}
