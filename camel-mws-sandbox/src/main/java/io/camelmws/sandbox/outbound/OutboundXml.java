package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.response.XmlWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The section's elements, in the shapes of the FBAOutboundServiceMWS sample answers (Amazon's PHP client library,
 * caponica/AmazonMwsComplete Mock/*.xml) and the documentation examples kept as ScaleLeap/amazon-mws-api-sdk
 * fixtures: lists are {@code <List><member>...</member></List>}, money is CurrencyCode and Value, dates are UTC
 * seconds with Z.
 */
final class OutboundXml {

    private OutboundXml() {
    }

    static String date(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }


    /** The FulfillmentOrder element (or a list member) of GetFulfillmentOrder and ListAllFulfillmentOrders. */
    static void order(XmlWriter xml, FulfillmentOrder order, FulfillmentOrderStatus status, Instant statusSince) {
        xml.element("SellerFulfillmentOrderId", order.id())
                .element("MarketplaceId", order.marketplaceId())
                .element("DisplayableOrderId", order.displayableOrderId())
                .element("DisplayableOrderDateTime", date(order.displayableOrderDateTime()))
                .element("DisplayableOrderComment", order.displayableOrderComment())
                .element("ShippingSpeedCategory", order.speed().value());
        // Element order of Amazon's 2010-10-01 Java client's FulfillmentOrder: DeliveryWindow after the speed,
        // CODSettings after FulfillmentMethod.
        if (order.deliveryWindow() != null) {
            order.deliveryWindow().write(xml);
        }
        order.destination().write(xml, "DestinationAddress");
        xml.element("FulfillmentAction", order.action())
                .element("FulfillmentPolicy", order.policy())
                .element("FulfillmentMethod", order.method());
        if (order.codSettings() != null) {
            order.codSettings().write(xml);
        }
        xml.element("ReceivedDateTime", date(order.receivedAt()))
                .element("FulfillmentOrderStatus", status.name())
                .element("StatusUpdatedDateTime", date(statusSince));
        if (!order.notificationEmails().isEmpty()) {
            xml.start("NotificationEmailList");
            order.notificationEmails().forEach(email -> xml.element("member", email));
            xml.end("NotificationEmailList");
        }
    }

    static void amount(XmlWriter xml, String element, Amount amount) {
        if (amount != null) {
            amount.write(xml, element);
        }
    }
}
