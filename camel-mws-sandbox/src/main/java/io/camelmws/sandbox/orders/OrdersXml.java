package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.response.XmlWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The {@code Order} and {@code OrderItem} elements (REFERENCE 10.1, 10.2, 11). While the buyer has not paid
 * (Pending, PendingAvailability), MWS withholds buyer e-mail, name and address, OrderTotal and item prices.
 */
final class OrdersXml {

    private OrdersXml() {
    }

    /** Dates in Orders payloads: {@code 2015-01-01T00:01:29Z} (fractions only if the instant has them). */
    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    static void order(XmlWriter xml, Order order) {
        boolean withheld = order.paymentPending();
        xml.start("Order")
                .element("AmazonOrderId", order.amazonOrderId())
                .element("SellerOrderId", order.sellerOrderId())
                .element("PurchaseDate", date(order.purchaseDate()))
                .element("LastUpdateDate", date(order.lastUpdateDate()))
                .element("OrderStatus", order.orderStatus())
                .element("FulfillmentChannel", order.fulfillmentChannel())
                .element("SalesChannel", order.salesChannel())
                .element("ShipServiceLevel", order.shipServiceLevel());
        if (!withheld) {
            Address address = order.shippingAddress();
            xml.start("ShippingAddress")
                    .element("Name", address.name())
                    .element("AddressLine1", address.addressLine1())
                    .element("City", address.city())
                    .element("StateOrRegion", address.stateOrRegion())
                    .element("PostalCode", address.postalCode())
                    .element("CountryCode", address.countryCode())
                    .element("Phone", address.phone())
                    .end("ShippingAddress");
            money(xml, "OrderTotal", order.currencyCode(), order.orderTotal());
        }
        xml.element("NumberOfItemsShipped", String.valueOf(order.numberOfItemsShipped()))
                .element("NumberOfItemsUnshipped", String.valueOf(order.numberOfItemsUnshipped()))
                .element("PaymentMethod", order.paymentMethod())
                .element("MarketplaceId", order.marketplaceId());
        if (!withheld) {
            xml.element("BuyerEmail", order.buyerEmail()).element("BuyerName", order.buyerName());
        }
        xml.element("ShipmentServiceLevelCategory", order.shipServiceLevelCategory())
                .element("OrderType", order.orderType())
                .element("EarliestShipDate", date(order.earliestShipDate()))
                .element("LatestShipDate", date(order.latestShipDate()))
                .element("IsBusinessOrder", String.valueOf(order.isBusinessOrder()))
                .element("IsPrime", String.valueOf(order.isPrime()))
                .element("IsPremiumOrder", "false")
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
