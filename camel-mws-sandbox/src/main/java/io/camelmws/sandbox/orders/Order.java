package io.camelmws.sandbox.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One order as it stands at the instant it was read from the {@link OrderBook}: its status, LastUpdateDate and
 * shipped quantities are those of that instant. Buyer data is always present here; the Orders operations withhold
 * it from Pending orders on the wire. Purchase and update instants carry milliseconds, as recent answers did.
 *
 * @param amazonOrderId        3-7-7 digits, e.g. {@code 302-1234567-7654321}
 * @param sellerOrderId        the seller's own id; the AmazonOrderId when the seller has none
 * @param orderTotal           the sum of the items' {@code itemPrice}
 * @param paymentMethodDetails {@code PaymentMethodDetails/PaymentMethodDetail}: {@code Standard} for a card,
 *                             {@code COD} or {@code CVS} in Japan
 * @param orderType            {@code StandardOrder} or {@code Preorder}
 * @param shipServiceLevelCategory {@code Standard}, {@code Expedited}, {@code SecondDay} or {@code NextDay}
 * @param earliestDeliveryDate the delivery window the seller committed to, or {@code null}: MWS gives it only for
 *                             seller-fulfilled orders past Pending and not Canceled
 * @param latestDeliveryDate   the end of that window, or {@code null} likewise
 * @param flags                the yes/no attributes MWS sends on every order
 */
public record Order(String amazonOrderId, String sellerOrderId, String marketplaceId, Instant purchaseDate,
                    Instant lastUpdateDate, String orderStatus, String fulfillmentChannel, String salesChannel,
                    String shipServiceLevel, String buyerName, String buyerEmail, String currencyCode,
                    BigDecimal orderTotal, String paymentMethod, List<String> paymentMethodDetails,
                    Address shippingAddress, List<OrderItem> items, String orderType,
                    String shipServiceLevelCategory, Instant earliestShipDate, Instant latestShipDate,
                    Instant earliestDeliveryDate, Instant latestDeliveryDate, OrderFlags flags) {

    public Order {
        items = List.copyOf(items);
        paymentMethodDetails = List.copyOf(paymentMethodDetails);
    }

    public boolean isPrime() {
        return flags.prime();
    }

    public boolean isBusinessOrder() {
        return flags.businessOrder();
    }

    public boolean isSoldByAB() {
        return flags.soldByAB();
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
