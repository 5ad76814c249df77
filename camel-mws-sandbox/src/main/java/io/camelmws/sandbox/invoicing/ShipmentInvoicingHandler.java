package io.camelmws.sandbox.invoicing;

import io.camelmws.sandbox.http.IncomingRequest;
import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Address;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.ProcessingTimes;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GetFBAOutboundShipmentDetail, SubmitFBAOutboundShipmentInvoice and GetFBAOutboundShipmentInvoiceStatus on the
 * seller's shipped FBA orders. The invoice travels as the request body with its ContentMD5Value, like a feed; the
 * submit answer has no Result element, as in the documentation's example.
 */
final class ShipmentInvoicingHandler {

    /** ShipmentInvoicing was Brazil's (REFERENCE 1.1); the sandbox also serves the seller's own marketplaces. */
    static final String BRAZIL = "A2Q3Y263D00KWC";

    private final Shipments shipments;
    private final ProcessingTimes processingTimes;
    private final Map<String, InvoiceSubmission> invoices = new ConcurrentHashMap<>();

    ShipmentInvoicingHandler(Shipments shipments, ProcessingTimes processingTimes) {
        this.shipments = shipments;
        this.processingTimes = processingTimes;
    }

    void reset() {
        invoices.clear();
    }

    SandboxResponse shipmentDetail(OperationCall call) {
        Order order = shipment(call);
        String shipmentId = Shipments.shipmentId(order.amazonOrderId());
        return WebServiceResponses.result(call, xml -> {
            xml.start("ShipmentDetail")
                    .element("WarehouseId", "GRU" + (1 + Math.floorMod(shipmentId.hashCode(), 5)))
                    .element("AmazonOrderId", order.amazonOrderId())
                    .element("AmazonShipmentId", shipmentId)
                    .element("PurchaseDate", DateTimeFormatter.ISO_INSTANT.format(order.purchaseDate()))
                    .start("PaymentMethodDetails").element("PaymentMethodDetail", "Standard")
                    .end("PaymentMethodDetails")
                    .element("MarketplaceId", order.marketplaceId())
                    .element("BuyerName", order.buyerName());
            address(xml, order.shippingAddress());
            xml.start("ShipmentItems");
            for (OrderItem item : order.items()) {
                if (item.quantityShipped() == 0) {
                    continue;
                }
                xml.start("ShipmentItem").element("ASIN", item.asin()).element("SellerSKU", item.sellerSku())
                        .element("OrderItemId", item.orderItemId()).element("Title", item.title())
                        .element("QuantityOrdered", Integer.toString(item.quantityOrdered()));
                money(xml, "ItemPrice", item.itemPrice(), item.currencyCode());
                BigDecimal zero = BigDecimal.ZERO.setScale(item.itemPrice().scale());
                money(xml, "ShippingPrice", zero, item.currencyCode());
                money(xml, "GiftWrapPrice", zero, item.currencyCode());
                money(xml, "ShippingDiscount", zero, item.currencyCode());
                money(xml, "PromotionDiscount", zero, item.currencyCode());
                xml.end("ShipmentItem");
            }
            xml.end("ShipmentItems").end("ShipmentDetail");
        });
    }

    SandboxResponse submitInvoice(OperationCall call) {
        Order order = shipment(call);
        IncomingRequest.Document document = call.document();
        if (document == null || document.size() == 0) {
            throw OperationFailure.invalid("SubmitFBAOutboundShipmentInvoice takes the invoice (the NF-e XML) as "
                    + "the request body; the body was empty.");
        }
        if (document.tooLarge() || document.file() == null) {
            throw OperationFailure.invalid("The invoice is too large.");
        }
        String md5 = new WebServiceParameters(call.parameters()).optional("ContentMD5Value");
        if (md5 == null) {
            throw new OperationFailure(MwsError.of(400, "ContentMD5Missing", "The Content-MD5 of the invoice is "
                    + "missing: send base64(MD5(body)) as the ContentMD5Value parameter."));
        }
        if (!md5.equals(document.md5Base64())) {
            throw new OperationFailure(MwsError.of(400, "ContentMD5DoesNotMatch", "The ContentMD5Value you passed ("
                    + md5 + ") does not match the MD5 of the invoice received (" + document.md5Base64() + ")."));
        }
        String shipmentId = Shipments.shipmentId(order.amazonOrderId());
        invoices.put(shipmentId, new InvoiceSubmission(shipmentId, call.now(), wellFormed(document),
                document.size()));
        return WebServiceResponses.withoutResult(call);
    }

    SandboxResponse invoiceStatus(OperationCall call) {
        Order order = shipment(call);
        String shipmentId = Shipments.shipmentId(order.amazonOrderId());
        InvoiceSubmission invoice = invoices.get(shipmentId);
        String status = invoice == null ? "NotFound" : invoice.statusAt(call.now(), processingTimes);
        return WebServiceResponses.result(call, xml -> xml.start("Shipments").start("Shipment")
                .element("AmazonShipmentId", shipmentId).element("InvoiceStatus", status)
                .end("Shipment").end("Shipments"));
    }

    private Order shipment(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String marketplaceId = parameters.marketplaceId(List.of(BRAZIL));
        String shipmentId = parameters.required("AmazonShipmentId");
        Instant now = call.now();
        return shipments.find(shipmentId, now)
                .filter(order -> BRAZIL.equals(marketplaceId) || order.marketplaceId().equals(marketplaceId))
                .orElseThrow(() -> new OperationFailure(MwsError.of(400, "InvalidParameterValue", "AmazonShipmentId "
                        + shipmentId + " is not a shipment of the seller's Fulfillment by Amazon orders in "
                        + "marketplace " + marketplaceId + ".")));
    }

    private static boolean wellFormed(IncomingRequest.Document document) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(document.file())) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    reader.next();
                }
                return true;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | IOException e) {
            return false;
        }
    }

    private static void address(XmlWriter xml, Address address) {
        if (address == null) {
            return;
        }
        xml.start("ShippingAddress").element("Name", address.name()).element("AddressLine1", address.addressLine1())
                .element("City", address.city()).element("StateOrRegion", address.stateOrRegion())
                .element("PostalCode", address.postalCode()).element("CountryCode", address.countryCode())
                .element("Phone", address.phone()).end("ShippingAddress");
    }

    private static void money(XmlWriter xml, String element, BigDecimal amount, String currencyCode) {
        xml.start(element).element("CurrencyCode", currencyCode).element("Amount", amount.toPlainString())
                .end(element);
    }
}
