package io.camelmws.sandbox.invoicing;

import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;

/**
 * The FBA shipments of the seller: one per Fulfillment by Amazon order with units shipped, named by an
 * AmazonShipmentId of nine letters and digits as in the documentation's {@code DrLqQwqvb}, derived from the order
 * id so it is the same for the same seed.
 */
final class Shipments {

    private static final String SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final OrderBook book;

    Shipments(OrderBook book) {
        this.book = book;
    }

    /** The shipped FBA order whose shipment this is, as it stands at {@code now}. */
    Optional<Order> find(String amazonShipmentId, Instant now) {
        return book.ordersAt(now).stream().filter(Shipments::shipped)
                .filter(order -> shipmentId(order.amazonOrderId()).equals(amazonShipmentId)).findFirst();
    }

    static boolean shipped(Order order) {
        return "AFN".equals(order.fulfillmentChannel()) && order.numberOfItemsShipped() > 0
                && !OrderStatus.CANCELED.mwsName().equals(order.orderStatus());
    }

    /** The AmazonShipmentId of an order's FBA shipment. */
    static String shipmentId(String amazonOrderId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("shipment|" + amazonOrderId).getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder(9).append('D');
            for (int i = 0; i < 8; i++) {
                id.append(SYMBOLS.charAt((digest[i] & 0xFF) % SYMBOLS.length()));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
