package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.response.XmlWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code Order} and {@code OrderItem} elements (REFERENCE 10.1, 10.2, 11). While the buyer has not paid
 * (Pending, PendingAvailability), MWS withholds buyer e-mail, name and address, OrderTotal and item prices.
 */
final class OrdersXml {

    private OrdersXml() {
    }

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Ship and delivery dates in Orders payloads: whole seconds, {@code 2018-12-18T07:59:59Z}. */
    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * PurchaseDate, LastUpdateDate, CreatedBefore and LastUpdatedBefore: always three fraction digits, as recent
     * answers had them ({@code 2020-10-12T12:06:59.148Z}, {@code 2017-02-05T00:06:07.000Z}).
     */
    static String millisDate(Instant instant) {
        return MILLIS.format(instant);
    }

    static void order(XmlWriter xml, Order order) {
        boolean withheld = order.paymentPending();
        OrderFlags flags = order.flags();
        xml.start("Order")
                .element("AmazonOrderId", order.amazonOrderId())
                .element("SellerOrderId", order.sellerOrderId())
                .element("PurchaseDate", millisDate(order.purchaseDate()))
                .element("LastUpdateDate", millisDate(order.lastUpdateDate()))
                .element("OrderStatus", order.orderStatus())
                .element("FulfillmentChannel", order.fulfillmentChannel())
                .element("SalesChannel", order.salesChannel())
                .element("ShipServiceLevel", order.shipServiceLevel());
        if (!withheld) {
            Address address = order.shippingAddress();
            xml.start("ShippingAddress")
                    .element("Name", address.name())
                    .element("AddressLine1", address.addressLine1())
                    .element("AddressLine2", address.addressLine2())
                    .element("City", address.city())
                    .element("StateOrRegion", address.stateOrRegion())
                    .element("PostalCode", address.postalCode())
                    .element("CountryCode", address.countryCode())
                    .element("Phone", address.phone())
                    .element("isAddressSharingConfidential", String.valueOf(address.addressSharingConfidential()))
                    .end("ShippingAddress");
            money(xml, "OrderTotal", order.currencyCode(), order.orderTotal());
        }
        xml.element("NumberOfItemsShipped", String.valueOf(order.numberOfItemsShipped()))
                .element("NumberOfItemsUnshipped", String.valueOf(order.numberOfItemsUnshipped()))
                .element("PaymentMethod", order.paymentMethod())
                .start("PaymentMethodDetails");
        order.paymentMethodDetails().forEach(detail -> xml.element("PaymentMethodDetail", detail));
        xml.end("PaymentMethodDetails")
                .element("MarketplaceId", order.marketplaceId());
        if (!withheld) {
            xml.element("BuyerEmail", order.buyerEmail()).element("BuyerName", order.buyerName());
        }
        xml.element("ShipmentServiceLevelCategory", order.shipServiceLevelCategory())
                .element("ShippedByAmazonTFM", String.valueOf(flags.shippedByAmazonTFM()))
                .element("OrderType", order.orderType())
                .element("EarliestShipDate", date(order.earliestShipDate()))
                .element("LatestShipDate", date(order.latestShipDate()))
                .element("EarliestDeliveryDate", order.earliestDeliveryDate() == null ? null
                        : date(order.earliestDeliveryDate()))
                .element("LatestDeliveryDate", order.latestDeliveryDate() == null ? null
                        : date(order.latestDeliveryDate()))
                .element("IsBusinessOrder", String.valueOf(flags.businessOrder()))
                .element("IsPrime", String.valueOf(flags.prime()))
                .element("IsPremiumOrder", String.valueOf(flags.premiumOrder()))
                .element("IsGlobalExpressEnabled", String.valueOf(flags.globalExpress()))
                .element("IsReplacementOrder", String.valueOf(flags.replacementOrder()))
                .element("IsSoldByAB", String.valueOf(flags.soldByAB()))
                .element("IsISPU", String.valueOf(flags.ispu()))
                .end("Order");
    }

    static void item(XmlWriter xml, Order order, OrderItem item) {
        xml.start("OrderItem")
                .element("ASIN", item.asin())
                .element("SellerSKU", item.sellerSku())
                .element("OrderItemId", item.orderItemId())
                .element("Title", item.title())
                .element("QuantityOrdered", String.valueOf(item.quantityOrdered()))
                .element("QuantityShipped", String.valueOf(item.quantityShipped()));
        if (!order.paymentPending()) {
            money(xml, "ItemPrice", item.currencyCode(), item.itemPrice());
        }
        xml.element("ConditionId", "New")
                .element("ConditionSubtypeId", "New")
                .element("IsGift", "false")
                .end("OrderItem");
    }

    private static void money(XmlWriter xml, String name, String currencyCode, BigDecimal amount) {
        xml.start(name).element("CurrencyCode", currencyCode).element("Amount", amount.toPlainString()).end(name);
    }
}
