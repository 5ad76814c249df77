package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.orders.Address;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.webservice.DocumentWriter;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.util.List;

/**
 * The XML order tracking reports ({@code _GET_XML_ALL_ORDERS_DATA_BY_*}): an {@code AmazonEnvelope} of
 * {@code AllOrdersReport} messages, one per order, in UTF-8 whatever the marketplace (XML names its encoding).
 */
final class XmlOrdersReport {

    /** XML reports are served as {@code text/xml}; the prolog declares UTF-8. */
    static final String CONTENT_TYPE = "text/xml";

    private XmlOrdersReport() {
    }

    static ReportContent of(List<Order> orders) {
        DocumentWriter xml = new DocumentWriter()
                .open("AmazonEnvelope", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                        "xsi:noNamespaceSchemaLocation", "amzn-envelope.xsd")
                .open("Header").leaf("DocumentVersion", "1.00").close("Header")
                .leaf("MessageType", "AllOrdersReport");
        int messageId = 0;
        for (Order order : orders) {
            xml.open("Message").leaf("MessageID", Integer.toString(++messageId)).open("Order")
                    .leaf("AmazonOrderID", order.amazonOrderId())
                    .leaf("MerchantOrderID", order.sellerOrderId().equals(order.amazonOrderId()) ? null
                            : order.sellerOrderId())
                    .leaf("PurchaseDate", WebServiceDates.format(order.purchaseDate()))
                    .leaf("LastUpdatedDate", WebServiceDates.format(order.lastUpdateDate()))
                    .leaf("OrderStatus", "Canceled".equals(order.orderStatus()) ? "Cancelled" : order.orderStatus())
                    .leaf("SalesChannel", order.salesChannel())
                    .open("FulfillmentData")
                    .leaf("FulfillmentChannel", "AFN".equals(order.fulfillmentChannel()) ? "Amazon" : "Merchant")
                    .leaf("ShipServiceLevel", order.shipServiceLevel());
            Address address = order.shippingAddress();
            if (address != null) {
                xml.open("Address").leaf("City", address.city()).leaf("State", address.stateOrRegion())
                        .leaf("PostalCode", address.postalCode()).leaf("Country", address.countryCode())
                        .close("Address");
            }
            xml.close("FulfillmentData");
            for (OrderItem item : order.items()) {
                xml.open("OrderItem").leaf("ASIN", item.asin()).leaf("SKU", item.sellerSku())
                        .leaf("ItemStatus", item.quantityShipped() >= item.quantityOrdered() ? "Shipped"
                                : "Unshipped")
                        .leaf("ProductName", item.title())
                        .leaf("Quantity", Integer.toString(item.quantityOrdered()));
                if (!order.paymentPending() && item.itemPrice() != null) {
                    xml.open("ItemPrice").open("Component").leaf("Type", "Principal")
                            .leaf("Amount", SellerReports.amount(item.itemPrice()), "currency", item.currencyCode())
                            .close("Component").close("ItemPrice");
                }
                xml.close("OrderItem");
            }
            xml.close("Order").close("Message");
        }
        xml.close("AmazonEnvelope");
        return new BufferedReport(xml.toBytes(), CONTENT_TYPE, orders.isEmpty());
    }
}
