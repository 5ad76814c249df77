package io.camelmws.sandbox.merchant;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Address;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.PdfDocument;
import io.camelmws.sandbox.webservice.StableRandom;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.Timeline;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The five MerchantFulfillment operations, in the shapes of Amazon's PHP client samples
 * (MWSMerchantFulfillmentService/Mock) and the documentation examples kept by ScaleLeap/amazon-mws-api-sdk: lists
 * are named after their element ({@code ShippingServiceList/ShippingService}, {@code ItemList/Item}), money is
 * CurrencyCode and Amount, a label is base64 of a GZIP-compressed document with the MD5 of the document.
 */
final class MerchantHandlers {

    private final OrderBook book;
    private final ConcurrentHashMap<String, LabelShipment> shipments = new ConcurrentHashMap<>();

    MerchantHandlers(OrderBook book) {
        this.book = book;
    }

    void reset() {
        shipments.clear();
    }

    private record Eligibility(List<ShippingService.Offer> offers, List<ShippingService> rejected) {
    }

    private Eligibility eligibility(ShipmentRequest request, Instant now) {
        String country = Marketplaces.byId(request.order().marketplaceId()).orElseThrow().countryCode();
        List<ShippingService.Offer> offers = new ArrayList<>();
        List<ShippingService> rejected = new ArrayList<>();
        Instant shipDate = now.truncatedTo(ChronoUnit.SECONDS);
        for (ShippingService service : ShippingService.in(country)) {
            boolean tracked = !"NoTracking".equals(request.deliveryExperience()) || "USPS_PTP_FC".equals(service.id());
            if (service.carries(request.weightOunces()) && tracked) {
                offers.add(service.offer(request.weightOunces(), request.order().currencyCode(), shipDate, book.seed(),
                        request.order().amazonOrderId()));
            } else {
                rejected.add(service);
            }
        }
        return new Eligibility(offers, rejected);
    }

    SandboxResponse eligible(OperationCall call) {
        ShipmentRequest request = ShipmentRequest.read(call, book);
        Eligibility eligibility = eligibility(request, call.now());
        return WebServiceResponses.result(call, xml -> {
            list(xml, "ShippingServiceList", eligibility.offers(), offer -> {
                xml.start("ShippingService");
                service(xml, offer, request);
                xml.start("AvailableLabelFormats").element("LabelFormat", "PDF")
                        .element("LabelFormat", "ShippingServiceDefault").end("AvailableLabelFormats")
                        .element("RequiresAdditionalSellerInputs", "false")
                        .end("ShippingService");
            });
            list(xml, "RejectedShippingServiceList", eligibility.rejected(), service -> xml
                    .start("RejectedShippingService")
                    .element("CarrierName", service.carrier())
                    .element("ShippingServiceId", service.id())
                    .element("RejectionReasonCode", "INELIGIBLE")
                    .element("RejectionReasonMessage", "This ship method is not eligible for this order.")
                    .element("ShippingServiceName", service.name())
                    .end("RejectedShippingService"));
            xml.empty("TemporarilyUnavailableCarrierList").empty("TermsAndConditionsNotAcceptedCarrierList");
        });
    }

    /** No service of the sandbox needs inputs beyond the request: every list is empty but the items are named. */
    SandboxResponse additionalInputs(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String orderId = parameters.required("OrderId");
        String serviceId = parameters.required("ShippingServiceId");
        ShipmentRequest.ADDRESS.read(parameters.nested("ShipFromAddress"));
        var order = book.find(orderId, call.now()).orElseThrow(() -> new OperationFailure(MwsErrors
                .invalidRequestException("Value " + orderId + " for parameter OrderId is invalid: the seller has no "
                        + "such order.")));
        String country = Marketplaces.byId(order.marketplaceId()).orElseThrow().countryCode();
        if (ShippingService.in(country).stream().noneMatch(service -> service.id().equals(serviceId))) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("ShippingServiceId", serviceId,
                    "a ShippingServiceId GetEligibleShippingServices offers for the order"));
        }
        return WebServiceResponses.result(call, xml -> {
            xml.empty("ShipmentLevelFields");
            xml.start("ItemLevelFieldsList");
            order.items().stream().map(item -> item.asin()).distinct().forEach(asin -> xml.start("member")
                    .element("Asin", asin).empty("AdditionalInputs").end("member"));
            xml.end("ItemLevelFieldsList");
        });
    }

    SandboxResponse create(OperationCall call) {
        ShipmentRequest request = ShipmentRequest.read(call, book);
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String serviceId = parameters.required("ShippingServiceId");
        ShippingService.Offer offer = eligibility(request, call.now()).offers().stream()
                .filter(candidate -> candidate.service().id().equals(serviceId)).findFirst()
                .orElseThrow(() -> new OperationFailure(MwsErrors.invalidRequestException("Value " + serviceId
                        + " for parameter ShippingServiceId is invalid: it is not eligible for this package of order "
                        + request.order().amazonOrderId() + " (see GetEligibleShippingServices).")));
        String offerId = parameters.optional("ShippingServiceOfferId");
        if (offerId != null && !offerId.equals(offer.offerId())) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("ShippingServiceOfferId", offerId.substring(0,
                    Math.min(16, offerId.length())) + "...", "the ShippingServiceOfferId GetEligibleShippingServices "
                    + "offered for this package and service"));
        }
        String orderId = request.order().amazonOrderId();
        LabelShipment created;
        synchronized (shipments) {
            for (LabelShipment existing : shipments.values()) {
                if (existing.cancelledAt() == null && existing.request().order().amazonOrderId().equals(orderId)
                        && existing.request().items().stream().anyMatch(line -> request.items().stream()
                        .anyMatch(asked -> asked.item().orderItemId().equals(line.item().orderItemId())))) {
                    throw new OperationFailure(MwsErrors.invalidRequestException("A label is purchased already for "
                            + "an item of order " + orderId + " (shipment " + existing.shipmentId()
                            + "); cancel it with CancelShipment before buying another."));
                }
            }
            StableRandom random = new StableRandom(book.seed(), orderId + "|" + shipments.size(), "shipment");
            String shipmentId = new UUID(random.between(Long.MIN_VALUE, Long.MAX_VALUE),
                    random.between(Long.MIN_VALUE, Long.MAX_VALUE)).toString();
            String tracking = switch (offer.service().carrier()) {
                case "UPS" -> "1Z" + random.alphanumeric(6) + random.digits(10);
                case "USPS" -> "9405" + random.digits(18);
                default -> random.digits(12);
            };
            created = new LabelShipment(shipmentId, request, offer, tracking, call.now(), null,
                    label(request, offer, tracking));
            shipments.put(shipmentId, created);
        }
        LabelShipment shipment = created;
        return WebServiceResponses.result(call, xml -> shipment(xml, shipment, call.now(), true));
    }

    SandboxResponse get(OperationCall call) {
        LabelShipment shipment = find(call);
        return WebServiceResponses.result(call, xml -> shipment(xml, shipment, call.now(), true));
    }

    /** Cancels a purchased label; cancelling it again answers the shipment as it is, refund pending or applied. */
    SandboxResponse cancel(OperationCall call) {
        LabelShipment current = find(call);
        Instant now = call.now();
        LabelShipment cancelled = shipments.computeIfPresent(current.shipmentId(),
                (id, shipment) -> shipment.cancelledAt() == null ? shipment.cancelled(now) : shipment);
        return WebServiceResponses.result(call, xml -> shipment(xml, cancelled, now, false));
    }

    private LabelShipment find(OperationCall call) {
        String id = new WebServiceParameters(call.parameters()).required("ShipmentId");
        LabelShipment shipment = shipments.get(id);
        if (shipment == null) {
            // The back-end's own code for an unknown shipment (REFERENCE 8.2).
            throw new OperationFailure(MwsError.of(400, "ShipmentNotFoundException",
                    "Shipment " + id + " was not found for this seller."));
        }
        return shipment;
    }

    private static byte[] label(ShipmentRequest request, ShippingService.Offer offer, String tracking) {
        Address to = request.order().shippingAddress();
        Structure from = request.shipFrom();
        return PdfDocument.of(288, 432, List.of(offer.service().carrier() + "  " + offer.service().name(),
                "FROM: " + from.get("Name"), from.get("AddressLine1"), from.get("City") + " " + from.get("PostalCode")
                        + " " + from.get("CountryCode"), "", "SHIP TO:", to.name(), to.addressLine1(),
                to.city() + " " + to.stateOrRegion() + " " + to.postalCode(), to.countryCode(), "",
                "TRACKING: " + tracking, "ORDER: " + request.order().amazonOrderId()));
    }

    private static String date(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static void money(XmlWriter xml, String element, String currency, BigDecimal amount) {
        xml.start(element).element("CurrencyCode", currency).element("Amount", amount.toPlainString()).end(element);
    }

    private static void service(XmlWriter xml, ShippingService.Offer offer, ShipmentRequest request) {
        xml.element("ShippingServiceName", offer.service().name())
                .element("CarrierName", offer.service().carrier())
                .element("ShippingServiceId", offer.service().id())
                .element("ShippingServiceOfferId", offer.offerId())
                .element("ShipDate", date(offer.shipDate()))
                .element("EarliestEstimatedDeliveryDate", date(offer.earliestDelivery()))
                .element("LatestEstimatedDeliveryDate", date(offer.latestDelivery()));
        money(xml, "Rate", offer.currencyCode(), offer.rate());
        xml.start("ShippingServiceOptions").element("DeliveryExperience", request.deliveryExperience());
        if (request.declaredAmount() != null) {
            money(xml, "DeclaredValue", request.declaredCurrency(), request.declaredAmount());
        }
        xml.element("CarrierWillPickUp", Boolean.toString(request.carrierWillPickUp())).end("ShippingServiceOptions");
    }

    private static void shipment(XmlWriter xml, LabelShipment shipment, Instant now, boolean withLabel) {
        ShipmentRequest request = shipment.request();
        Address to = request.order().shippingAddress();
        Timeline.Stage<String> status = shipment.status(now);
        xml.start("Shipment")
                .element("ShipmentId", shipment.shipmentId())
                .element("AmazonOrderId", request.order().amazonOrderId());
        list(xml, "ItemList", request.items(), line -> xml.start("Item")
                .element("OrderItemId", line.item().orderItemId())
                .element("Quantity", Integer.toString(line.quantity())).end("Item"));
        request.shipFrom().write(xml, "ShipFromAddress");
        ShipmentRequest.ADDRESS.of("Name", to.name(), "AddressLine1", to.addressLine1(), "City", to.city(),
                "StateOrProvinceCode", to.stateOrRegion(), "PostalCode", to.postalCode(), "CountryCode",
                to.countryCode(), "Phone", to.phone()).write(xml, "ShipToAddress");
        request.dimensions().write(xml, "PackageDimensions");
        xml.start("Weight").element("Value", request.weightValue().toPlainString())
                .element("Unit", request.weightUnit()).end("Weight");
        money(xml, "Insurance", request.order().currencyCode(), request.declaredAmount() == null
                ? BigDecimal.ZERO.setScale(request.order().currencyCode().equals("JPY") ? 0 : 2)
                : request.declaredAmount());
        xml.start("ShippingService");
        service(xml, shipment.offer(), request);
        xml.end("ShippingService");
        if (withLabel) {
            xml.start("Label").start("Dimensions").element("Length", "6.00000").element("Width", "4.00000")
                    .element("Unit", "inches").end("Dimensions")
                    .start("FileContents")
                    .element("Contents", PdfDocument.gzipBase64(shipment.label()))
                    .element("FileType", "application/pdf")
                    .element("Checksum", PdfDocument.md5Base64(shipment.label()))
                    .end("FileContents")
                    .element("LabelFormat", "PDF")
                    .end("Label");
        }
        xml.element("Status", status.status())
                .element("TrackingId", shipment.trackingId())
                .element("CreatedDate", date(shipment.createdAt()))
                .element("LastUpdatedDate", date(status.since()))
                .end("Shipment");
    }

    private static <T> void list(XmlWriter xml, String name, List<T> items, java.util.function.Consumer<T> item) {
        if (items.isEmpty()) {
            xml.empty(name);
            return;
        }
        xml.start(name);
        items.forEach(item);
        xml.end(name);
    }
}
