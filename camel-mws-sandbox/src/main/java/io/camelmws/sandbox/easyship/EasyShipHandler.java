package io.camelmws.sandbox.easyship;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.orders.OrderStatus;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four EasyShip operations on the seller's own merchant-fulfilled orders that still have units to ship.
 * Errors use the codes of the EasyShip error table (ResourceNotFound, ScheduledPackageAlreadyExists,
 * RegionNotSupported, InvalidOrderState, PickupSlotNotAvailable); times are written in the marketplace's zone,
 * as the examples write India's {@code +05:30}.
 */
final class EasyShipHandler {

    /** Easy Ship was India's (REFERENCE 1.1); the sandbox also serves the seller's own marketplaces. */
    static final String INDIA = "A21TJRUUN4KGV";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final OrderBook book;
    private final Map<String, ScheduledPackage> packages = new ConcurrentHashMap<>();

    EasyShipHandler(OrderBook book) {
        this.book = book;
    }

    void reset() {
        packages.clear();
    }

    SandboxResponse listPickupSlots(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Order order = shippableOrder(parameters, parameters.required("AmazonOrderId"), call.now());
        dimensions(parameters.nested("PackageDimensions"), "PackageDimensions.");
        weight(parameters.nested("PackageWeight"), "PackageWeight.");
        ZoneId zone = zone(order);
        List<PickupSlot> slots = PickupSlot.available(order.amazonOrderId(), call.now(), zone);
        return WebServiceResponses.result(call, xml -> {
            xml.element("AmazonOrderId", order.amazonOrderId()).start("PickupSlotList");
            slots.forEach(slot -> slot(xml, "PickupSlot", slot, zone));
            xml.end("PickupSlotList");
        });
    }

    SandboxResponse createScheduledPackage(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Order order = shippableOrder(parameters, parameters.required("AmazonOrderId"), call.now());
        WebServiceParameters details = parameters.nested("PackageRequestDetails");
        String prefix = "PackageRequestDetails.";
        PickupSlot slot = slot(details, prefix, order, call.now());
        ScheduledPackage created = new ScheduledPackage(order.amazonOrderId(),
                UUID.nameUUIDFromBytes(("easyship|" + order.amazonOrderId()).getBytes(
                        StandardCharsets.UTF_8)).toString(),
                dimensions(details.nested("PackageDimensions"), prefix + "PackageDimensions."),
                weight(details.nested("PackageWeight"), prefix + "PackageWeight."),
                items(details, prefix, order), slot, details.optional("PackageIdentifier"), "Scheduled");
        if (packages.putIfAbsent(order.amazonOrderId(), created) != null) {
            throw failure(400, "ScheduledPackageAlreadyExists", "A package is already scheduled for order "
                    + order.amazonOrderId() + "; change its pickup slot with UpdateScheduledPackages.");
        }
        return WebServiceResponses.result(call, xml -> scheduledPackage(xml, "ScheduledPackage", created));
    }

    SandboxResponse updateScheduledPackages(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        WebServiceParameters list = parameters.nested("ScheduledPackageUpdateDetailsList");
        // The PHP client names the members ScheduledPackageUpdateDetails, the documentation's example
        // PackageUpdateDetails: both reached MWS.
        String member = list.has("ScheduledPackageUpdateDetails") ? "ScheduledPackageUpdateDetails"
                : "PackageUpdateDetails";
        List<WebServiceParameters> updates = list.structures(member, 50);
        if (updates.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("ScheduledPackageUpdateDetailsList." + member
                    + ".1.ScheduledPackageId.AmazonOrderId"));
        }
        List<ScheduledPackage> updated = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            String prefix = "ScheduledPackageUpdateDetailsList." + member + "." + (i + 1) + ".";
            ScheduledPackage scheduled = scheduled(parameters, updates.get(i), prefix, call.now());
            Order order = shippableOrder(parameters, scheduled.amazonOrderId(), call.now());
            updated.add(scheduled.withSlot(slot(updates.get(i), prefix, order, call.now())));
        }
        updated.forEach(next -> packages.put(next.amazonOrderId(), next));
        return WebServiceResponses.result(call, xml -> {
            xml.start("ScheduledPackageList");
            updated.forEach(next -> scheduledPackage(xml, "Package", next));
            xml.end("ScheduledPackageList");
        });
    }

    SandboxResponse getScheduledPackage(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        ScheduledPackage scheduled = scheduled(parameters, parameters, "", call.now());
        return WebServiceResponses.result(call, xml -> scheduledPackage(xml, "ScheduledPackage", scheduled));
    }

    private ScheduledPackage scheduled(WebServiceParameters request, WebServiceParameters parameters, String prefix,
                                       Instant now) {
        WebServiceParameters id = parameters.nested("ScheduledPackageId");
        String orderId = required(id, prefix + "ScheduledPackageId.", "AmazonOrderId");
        String packageId = required(id, prefix + "ScheduledPackageId.", "PackageId");
        order(request, orderId, now);
        ScheduledPackage scheduled = packages.get(orderId);
        if (scheduled == null || !scheduled.packageId().equals(packageId)) {
            throw failure(404, "ResourceNotFound", "No scheduled package " + packageId + " for order " + orderId
                    + ": create it with CreateScheduledPackage.");
        }
        return scheduled;
    }

    /** The seller's order, in the marketplace asked for (or any, when India's is asked for). */
    private Order order(WebServiceParameters parameters, String amazonOrderId, Instant now) {
        String marketplaceId = parameters.optional("MarketplaceId");
        if (marketplaceId == null) {
            throw new OperationFailure(MwsErrors.missingParameter("MarketplaceId"));
        }
        if (!INDIA.equals(marketplaceId) && Marketplaces.byId(marketplaceId).isEmpty()) {
            throw failure(400, "RegionNotSupported", "Easy Ship is not available in marketplace " + marketplaceId
                    + "; use " + INDIA + " (IN) or a marketplace the seller participates in.");
        }
        Order order = book.find(amazonOrderId, now)
                .filter(found -> INDIA.equals(marketplaceId) || found.marketplaceId().equals(marketplaceId))
                .orElseThrow(() -> failure(404, "ResourceNotFound", "Order " + amazonOrderId
                        + " is not an order of the seller in marketplace " + marketplaceId + "."));
        return order;
    }

    private Order shippableOrder(WebServiceParameters parameters, String amazonOrderId, Instant now) {
        Order order = order(parameters, amazonOrderId, now);
        boolean open = OrderStatus.UNSHIPPED.mwsName().equals(order.orderStatus())
                || OrderStatus.PARTIALLY_SHIPPED.mwsName().equals(order.orderStatus());
        if (!"MFN".equals(order.fulfillmentChannel()) || !open) {
            throw failure(400, "InvalidOrderState", "Order " + amazonOrderId + " is " + order.orderStatus() + " and "
                    + order.fulfillmentChannel() + "-fulfilled; Easy Ship takes Unshipped or PartiallyShipped "
                    + "orders the seller fulfils (MFN).");
        }
        return order;
    }

    private PickupSlot slot(WebServiceParameters details, String prefix, Order order, Instant now) {
        String slotId = required(details.nested("PackagePickupSlot"), prefix + "PackagePickupSlot.", "SlotId");
        PickupSlot slot = PickupSlot.find(order.amazonOrderId(), slotId, now, zone(order));
        if (slot == null) {
            throw failure(400, "PickupSlotNotAvailable", "Pickup slot " + slotId + " is not available for order "
                    + order.amazonOrderId() + "; ListPickupSlots gives the slots that are.");
        }
        return slot;
    }

    private static List<ScheduledPackage.Item> items(WebServiceParameters details, String prefix, Order order) {
        List<WebServiceParameters> listed = details.structures("PackageItemList.Item", 100);
        List<ScheduledPackage.Item> items = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            String id = required(listed.get(i), prefix + "PackageItemList.Item." + (i + 1) + ".", "OrderItemId");
            if (order.items().stream().map(OrderItem::orderItemId).noneMatch(id::equals)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + "PackageItemList.Item."
                        + (i + 1) + ".OrderItemId", id, "an OrderItemId of order " + order.amazonOrderId()));
            }
            items.add(new ScheduledPackage.Item(id, listed.get(i).list("OrderItemSerialNumberList.member", 100)));
        }
        return items;
    }

    private static ScheduledPackage.Dimensions dimensions(WebServiceParameters dimensions, String prefix) {
        return new ScheduledPackage.Dimensions(positive(dimensions, prefix, "Length"),
                positive(dimensions, prefix, "Width"), positive(dimensions, prefix, "Height"),
                unit(dimensions, prefix, "cm"));
    }

    private static ScheduledPackage.Weight weight(WebServiceParameters weight, String prefix) {
        return new ScheduledPackage.Weight(positive(weight, prefix, "Value"), unit(weight, prefix, "g"));
    }

    private static BigDecimal positive(WebServiceParameters parameters, String prefix, String name) {
        required(parameters, prefix, name);
        BigDecimal value = new WebServiceParameters(Map.of(prefix + name, parameters.optional(name)))
                .decimal(prefix + name);
        if (value.signum() == 0) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + name, "0", "a number above 0"));
        }
        return value;
    }

    private static String unit(WebServiceParameters parameters, String prefix, String allowed) {
        String unit = required(parameters, prefix, "Unit");
        if (!allowed.equals(unit)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + "Unit", unit, allowed));
        }
        return unit;
    }

    private static String required(WebServiceParameters parameters, String prefix, String name) {
        String value = parameters.optional(name);
        if (value == null) {
            throw new OperationFailure(MwsErrors.missingParameter(prefix + name));
        }
        return value;
    }

    private static ZoneId zone(Order order) {
        return MarketplaceLocale.of(order.marketplaceId()).zone();
    }

    private void scheduledPackage(XmlWriter xml, String element, ScheduledPackage scheduled) {
        ZoneId zone = book.find(scheduled.amazonOrderId(), scheduled.slot().start()).map(EasyShipHandler::zone)
                .orElse(java.time.ZoneOffset.UTC);
        xml.start(element).start("ScheduledPackageId").element("AmazonOrderId", scheduled.amazonOrderId())
                .element("PackageId", scheduled.packageId()).end("ScheduledPackageId")
                .start("PackageDimensions")
                .element("Length", scheduled.dimensions().length().toPlainString())
                .element("Width", scheduled.dimensions().width().toPlainString())
                .element("Height", scheduled.dimensions().height().toPlainString())
                .element("Unit", scheduled.dimensions().unit()).end("PackageDimensions")
                .start("PackageWeight").element("Value", scheduled.weight().value().toPlainString())
                .element("Unit", scheduled.weight().unit()).end("PackageWeight");
        if (!scheduled.items().isEmpty()) {
            xml.start("PackageItemList");
            for (ScheduledPackage.Item item : scheduled.items()) {
                xml.start("Item").element("OrderItemId", item.orderItemId());
                if (!item.serialNumbers().isEmpty()) {
                    xml.start("OrderItemSerialNumberList");
                    item.serialNumbers().forEach(serial -> xml.element("member", serial));
                    xml.end("OrderItemSerialNumberList");
                }
                xml.end("Item");
            }
            xml.end("PackageItemList");
        }
        slot(xml, "PackagePickupSlot", scheduled.slot(), zone);
        xml.element("PackageIdentifier", scheduled.packageIdentifier())
                .element("PackageStatus", scheduled.status()).end(element);
    }

    private static void slot(XmlWriter xml, String element, PickupSlot slot, ZoneId zone) {
        xml.start(element).element("SlotId", slot.slotId())
                .element("PickupTimeStart", LOCAL_TIME.format(slot.start().atZone(zone).toOffsetDateTime()))
                .element("PickupTimeEnd", LOCAL_TIME.format(slot.end().atZone(zone).toOffsetDateTime()))
                .end(element);
    }

    private static OperationFailure failure(int status, String code, String message) {
        return new OperationFailure(MwsError.of(status, code, message));
    }
}
