package io.camelmws.sandbox.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One order as it stands at the instant it was read from the {@link OrderBook}: its status, LastUpdateDate and
 * shipped quantities are those of that instant. Buyer data is always present here; the Orders operations withhold
 * it from Pending orders on the wire.
 *
 * @param amazonOrderId      3-7-7 digits, e.g. {@code 302-1234567-7654321}
 * @param sellerOrderId      the seller's own id; the AmazonOrderId when the seller has none
 * @param orderTotal         the sum of the items' {@code itemPrice}
 * @param orderType          {@code StandardOrder} or {@code Preorder}
 * @param shipServiceLevelCategory {@code Standard}, {@code Expedited}, {@code SecondDay} or {@code NextDay}
 */
public record Order(String amazonOrderId, String sellerOrderId, String marketplaceId, Instant purchaseDate,
                    Instant lastUpdateDate, String orderStatus, String fulfillmentChannel, String salesChannel,
                    String shipServiceLevel, String buyerName, String buyerEmail, String currencyCode,
                    BigDecimal orderTotal, String paymentMethod, Address shippingAddress, List<OrderItem> items,
                    String orderType, String shipServiceLevelCategory, Instant earliestShipDate,
                    Instant latestShipDate, boolean isPrime, boolean isBusinessOrder) {

    public Order {
        items = List.copyOf(items);
    }

    /** An order with the defaults of a standard, non-Prime, consumer order shipped within two days. */
    public Order(String amazonOrderId, String sellerOrderId, String marketplaceId, Instant purchaseDate,
                 Instant lastUpdateDate, String orderStatus, String fulfillmentChannel, String salesChannel,
                 String shipServiceLevel, String buyerName, String buyerEmail, String currencyCode,
                 BigDecimal orderTotal, String paymentMethod, Address shippingAddress, List<OrderItem> items) {
        this(amazonOrderId, sellerOrderId, marketplaceId, purchaseDate, lastUpdateDate, orderStatus,
                fulfillmentChannel, salesChannel, shipServiceLevel, buyerName, buyerEmail, currencyCode, orderTotal,
                paymentMethod, shippingAddress, items, "StandardOrder", "Standard", purchaseDate,
                purchaseDate.plus(2, ChronoUnit.DAYS), false, false);
    }

    /** NumberOfItemsShipped: units shipped so far. */
    public int numberOfItemsShipped() {
        return items.stream().mapToInt(OrderItem::quantityShipped).sum();
    }

    /** NumberOfItemsUnshipped: units still to ship; none once the order is Canceled or Unfulfillable. */
    public int numberOfItemsUnshipped() {
        if (OrderStatus.CANCELED.mwsName().equals(orderStatus)
                || OrderStatus.UNFULFILLABLE.mwsName().equals(orderStatus)) {
            return 0;
        }
        return items.stream().mapToInt(item -> item.quantityOrdered() - item.quantityShipped()).sum();
    }

    /** Whether MWS withholds buyer data, OrderTotal and item prices: the buyer has not paid yet. */
    public boolean paymentPending() {
        return OrderStatus.PENDING.mwsName().equals(orderStatus)
                || OrderStatus.PENDING_AVAILABILITY.mwsName().equals(orderStatus);
    }
}
