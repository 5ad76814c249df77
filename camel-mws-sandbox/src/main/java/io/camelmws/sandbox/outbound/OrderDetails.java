package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.Timeline;
import java.time.Instant;
import java.util.List;

/**
 * GetFulfillmentOrderResult's content at an instant: the order, its items with their estimated dates and
 * cancelled or unfulfillable quantities, its shipments once Amazon processes it (PENDING, then SHIPPED with a
 * package and tracking number), and its returns with their authorisations.
 */
final class OrderDetails {

    private OrderDetails() {
    }

    static void write(XmlWriter xml, FulfillmentOrder order, long seed, Instant now) {
        Timeline.Stage<FulfillmentOrderStatus> stage = order.stage(now);
        FulfillmentOrderStatus status = stage.status();
        List<PlannedShipment> shipments = PlannedShipment.of(order, seed);
        xml.start("FulfillmentOrder");
        OutboundXml.order(xml, order, status, stage.since());
        xml.end("FulfillmentOrder");
        xml.members("FulfillmentOrderItem", order.lines(), line -> item(xml, order, line, status,
                shipments));
        boolean processing = status == FulfillmentOrderStatus.PROCESSING || status == FulfillmentOrderStatus.COMPLETE
                || status == FulfillmentOrderStatus.COMPLETE_PARTIALLED;
        xml.members("FulfillmentShipment", processing ? shipments : List.of(),
                shipment -> shipment(xml, shipment, status != FulfillmentOrderStatus.PROCESSING));
        xml.members("ReturnItemList", order.returns(), item -> returnItem(xml, item, now));
        xml.members("ReturnAuthorizationList", authorizations(order),
                item -> authorization(xml, item));
    }

    private static void item(XmlWriter xml, FulfillmentOrder order, OrderLine line, FulfillmentOrderStatus status,
                             List<PlannedShipment> shipments) {
        PlannedShipment shipment = shipments.stream()
                .filter(s -> s.lines().stream().anyMatch(l -> l.itemId().equals(line.itemId())))
                .findFirst().orElse(null);
        boolean cancelled = status == FulfillmentOrderStatus.CANCELLED;
        xml.element("SellerSKU", line.sellerSku())
                .element("SellerFulfillmentOrderItemId", line.itemId())
                .element("Quantity", Integer.toString(line.quantity()))
                .element("GiftMessage", line.giftMessage())
                .element("DisplayableComment", line.displayableComment())
                .element("FulfillmentNetworkSKU", line.fnsku())
                .element("OrderItemDisposition", "Sellable")
                .element("CancelledQuantity", Integer.toString(cancelled ? line.shippable() : 0))
                .element("UnfulfillableQuantity", Integer.toString(line.unfulfillable()));
        if (shipment != null && !cancelled) {
            xml.element("EstimatedShipDateTime", OutboundXml.date(shipment.shippedAt()))
                    .element("EstimatedArrivalDateTime", OutboundXml.date(shipment.arrivesAt()));
        }
        OutboundXml.amount(xml, "PerUnitPrice", line.perUnitPrice());
        OutboundXml.amount(xml, "PerUnitTax", line.perUnitTax());
        OutboundXml.amount(xml, "PerUnitDeclaredValue", line.perUnitDeclaredValue());
    }

    private static void shipment(XmlWriter xml, PlannedShipment shipment, boolean shipped) {
        xml.element("AmazonShipmentId", shipment.amazonShipmentId())
                .element("FulfillmentCenterId", shipment.centre().id())
                .element("FulfillmentShipmentStatus", shipped ? "SHIPPED" : "PENDING")
                .element("ShippingDateTime", OutboundXml.date(shipment.shippedAt()))
                .element("EstimatedArrivalDateTime", OutboundXml.date(shipment.arrivesAt()));
        xml.members("FulfillmentShipmentItem", shipment.lines(), line -> xml
                .element("SellerSKU", line.sellerSku())
                .element("SellerFulfillmentOrderItemId", line.itemId())
                .element("Quantity", Integer.toString(line.quantity()))
                .element("PackageNumber", Integer.toString(shipped ? shipment.packageNumber() : 0)));
        if (shipped) {
            xml.members("FulfillmentShipmentPackage", List.of(shipment), pack -> xml
                    .element("PackageNumber", Integer.toString(pack.packageNumber()))
                    .element("CarrierCode", pack.carrierCode())
                    .element("TrackingNumber", pack.trackingNumber())
                    .element("EstimatedArrivalDateTime", OutboundXml.date(pack.arrivesAt())));
        }
    }

    static void returnItem(XmlWriter xml, ReturnItem item, Instant now) {
        boolean processed = item.processed(now);
        xml.element("SellerReturnItemId", item.sellerReturnItemId())
                .element("SellerFulfillmentOrderItemId", item.itemId())
                .element("AmazonShipmentId", item.amazonShipmentId())
                .element("SellerReturnReasonCode", item.sellerReasonCode())
                .element("ReturnComment", item.comment())
                .element("AmazonReturnReasonCode", item.sellerReasonCode())
                .element("Status", processed ? "Processed" : "New")
                .element("StatusChangedDate", OutboundXml.date(item.statusChangedAt(now)))
                .element("ReturnAuthorizationId", item.authorizationId())
                .element("ReturnReceivedCondition", processed ? "Sellable" : null)
                .element("FulfillmentCenterId", item.fulfillmentCenterId());
    }

    /** One authorisation per (authorisation id) of the returns, in the order they were made. */
    static List<ReturnItem> authorizations(FulfillmentOrder order) {
        return order.returns().stream()
                .collect(java.util.stream.Collectors.toMap(ReturnItem::authorizationId, item -> item,
                        (first, second) -> first, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    static void authorization(XmlWriter xml, ReturnItem item) {
        FulfillmentCenter centre = FulfillmentCenter.byId(item.fulfillmentCenterId());
        xml.element("ReturnAuthorizationId", item.authorizationId())
                .element("FulfillmentCenterId", centre.id());
        OutboundRequests.ADDRESS.of("Name", "Amazon " + centre.id(), "Line1", centre.line1(), "City", centre.city(),
                "StateOrProvinceCode", centre.stateOrProvinceCode(), "CountryCode", centre.countryCode(),
                "PostalCode", centre.postalCode()).write(xml, "ReturnToAddress");
        xml.element("AmazonRmaId", item.rmaId())
                .element("RmaPageURL", "https://sellercentral.amazon.com/gp/returns/rma/" + item.rmaId());
    }
}
