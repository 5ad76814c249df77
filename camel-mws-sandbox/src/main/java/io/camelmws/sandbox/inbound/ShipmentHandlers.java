package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.outbound.FulfillmentCenter;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.StableRandom;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CreateInboundShipmentPlan, CreateInboundShipment and UpdateInboundShipment. A plan splits the SKUs over the
 * destination country's fulfilment centres (each SKU always to the same one), one planned shipment per centre;
 * CreateInboundShipment accepts only a planned ShipmentId, its centre and its SKUs. Marking a shipment SHIPPED
 * starts its life cycle on the simulated clock; only a WORKING shipment can change.
 */
final class ShipmentHandlers {

    static final int MAX_ITEMS = 200;

    private final InboundShipments shipments;
    private final OrderBook orderBook;

    ShipmentHandlers(InboundShipments shipments, OrderBook orderBook) {
        this.shipments = shipments;
        this.orderBook = orderBook;
    }

    SandboxResponse plan(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Structure shipFrom = InboundRequests.address(parameters, "ShipFromAddress");
        String country = parameters.optional("ShipToCountryCode");
        Marketplace marketplace = marketplace(country == null ? shipFrom.get("CountryCode") : country,
                country == null ? "ShipFromAddress.CountryCode" : "ShipToCountryCode");
        String labelPrepType = InboundRequests.labelPrepType(parameters.oneOf("LabelPrepPreference",
                InboundRequests.LABEL_PREFERENCES, "SELLER_LABEL"));
        List<WebServiceParameters> members = parameters.members("InboundShipmentPlanRequestItems.member", MAX_ITEMS);
        if (members.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("InboundShipmentPlanRequestItems.member.1.SellerSKU"));
        }
        List<FulfillmentCenter> centres = FulfillmentCenter.serving(marketplace.countryCode());
        Map<FulfillmentCenter, List<InboundItem>> byCentre = new LinkedHashMap<>();
        for (WebServiceParameters member : members) {
            Listing listing = fbaListing(marketplace, member.required("SellerSKU"), member.fullName("SellerSKU"));
            String asin = member.optional("ASIN");
            if (asin != null && !asin.equals(listing.asin())) {
                throw InboundRequests.refused("ASIN " + asin + " does not match SellerSKU " + listing.sellerSku()
                        + ", which is ASIN " + listing.asin() + ".");
            }
            int quantity = member.integer("Quantity", 0, 1, 999_999);
            if (quantity == 0) {
                throw new OperationFailure(MwsErrors.missingParameter(member.fullName("Quantity")));
            }
            int inCase = member.integer("QuantityInCase", 0, 0, 999_999);
            FulfillmentCenter centre = centres.get(Math.floorMod(listing.sellerSku().hashCode(), centres.size()));
            byCentre.computeIfAbsent(centre, c -> new ArrayList<>())
                    .add(new InboundItem(listing.sellerSku(), listing.fnsku(), quantity, inCase));
        }
        List<PlannedShipment> planned = new ArrayList<>();
        byCentre.forEach((centre, items) -> {
            String id = "FBA" + new StableRandom(orderBook.seed(), Long.toString(shipments.nextSequence()),
                    "inbound-shipment").alphanumeric(9).toUpperCase(Locale.ROOT);
            PlannedShipment plan = new PlannedShipment(id, marketplace.marketplaceId(), centre.id(), labelPrepType,
                    items);
            shipments.plan(plan);
            planned.add(plan);
        });
        return WebServiceResponses.result(call, xml -> xml.members("InboundShipmentPlans", planned,
                plan -> writePlan(xml, plan)));
    }

    SandboxResponse create(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String id = parameters.required("ShipmentId");
        PlannedShipment plan = shipments.planned(id).orElseThrow(() -> InboundRequests.refused("ShipmentId " + id
                + " is not a shipment of any inbound shipment plan; call CreateInboundShipmentPlan first."));
        if (shipments.find(id).isPresent()) {
            throw InboundRequests.refused("Shipment " + id + " exists already; change it with UpdateInboundShipment.");
        }
        WebServiceParameters header = parameters.nested("InboundShipmentHeader");
        String name = header.required("ShipmentName");
        Structure shipFrom = InboundRequests.address(header, "ShipFromAddress");
        String centre = header.required("DestinationFulfillmentCenterId");
        if (!centre.equals(plan.destinationFulfillmentCenterId())) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(header.fullName("DestinationFulfillmentCenterId"),
                    centre, plan.destinationFulfillmentCenterId() + ", the centre the plan chose for " + id));
        }
        String label = header.oneOf("LabelPrepPreference", InboundRequests.LABEL_PREFERENCES, "SELLER_LABEL");
        String status = header.oneOf("ShipmentStatus", List.of("WORKING", "SHIPPED"), null);
        if (status == null) {
            throw new OperationFailure(MwsErrors.missingParameter(header.fullName("ShipmentStatus")));
        }
        String boxContents = header.oneOf("IntendedBoxContentsSource", InboundRequests.BOX_CONTENTS_SOURCES, "NONE");
        List<InboundItem> items = items(parameters, plan, new ArrayList<>());
        if (items.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("InboundShipmentItems.member.1.SellerSKU"));
        }
        Instant now = call.now();
        InboundShipment shipment = new InboundShipment(id, name, plan.marketplaceId(), shipFrom, centre,
                InboundRequests.labelPrepType(label), boxContents, items, now, now,
                "SHIPPED".equals(status) ? now : null, null, shipments.nextSequence(), null);
        if (!shipments.add(shipment)) {
            throw InboundRequests.refused("Shipment " + id + " exists already; change it with UpdateInboundShipment.");
        }
        return shipmentId(call, id);
    }

    SandboxResponse update(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment current = InboundRequests.shipment(shipments, parameters);
        PlannedShipment plan = shipments.planned(current.id()).orElseThrow();
        WebServiceParameters header = parameters.nested("InboundShipmentHeader");
        String name = header.optional("ShipmentName");
        Structure shipFrom = header.nested("ShipFromAddress").present()
                ? InboundRequests.address(header, "ShipFromAddress") : null;
        String centre = header.optional("DestinationFulfillmentCenterId");
        if (centre != null && !centre.equals(current.destinationFulfillmentCenterId())) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(header.fullName("DestinationFulfillmentCenterId"),
                    centre, current.destinationFulfillmentCenterId() + "; a shipment cannot change its destination"));
        }
        String label = header.oneOf("LabelPrepPreference", InboundRequests.LABEL_PREFERENCES, null);
        String status = header.oneOf("ShipmentStatus", List.of("WORKING", "SHIPPED", "CANCELLED"), null);
        Instant now = call.now();
        InboundShipment updated = shipments.update(current.id(), shipment -> {
            String was = shipment.stage(now).status();
            if (repeated(shipment, status, parameters)) {
                return shipment;
            }
            if (!"WORKING".equals(was)) {
                throw InboundRequests.refused("Shipment " + shipment.id() + " is " + was
                        + " and can no longer be updated; only WORKING shipments can.");
            }
            List<InboundItem> items = items(parameters, plan, new ArrayList<>(shipment.items()));
            return shipment.with(name == null ? shipment.name() : name,
                    shipFrom == null ? shipment.shipFrom() : shipFrom,
                    label == null ? shipment.labelPrepType() : InboundRequests.labelPrepType(label), items, now,
                    "SHIPPED".equals(status) ? now : null, "CANCELLED".equals(status) ? now : null);
        });
        return shipmentId(call, updated.id());
    }

    /**
     * Whether the request only sets the status the shipment has already been given (SHIPPED once shipped, CANCELLED
     * once cancelled): UpdateInboundShipment is repeatable, so a retry of a request that was carried out answers as
     * the first did instead of being refused.
     */
    private static boolean repeated(InboundShipment shipment, String status, WebServiceParameters parameters) {
        boolean onlyStatus = parameters.members("InboundShipmentItems.member", MAX_ITEMS).isEmpty()
                && parameters.nested("InboundShipmentHeader").optional("ShipmentName") == null
                && !parameters.nested("InboundShipmentHeader").nested("ShipFromAddress").present();
        return onlyStatus && (("SHIPPED".equals(status) && shipment.shippedAt() != null && shipment.cancelledAt() == null)
                || ("CANCELLED".equals(status) && shipment.cancelledAt() != null));
    }

    /**
     * {@code current} with the request's InboundShipmentItems applied: a SKU listed replaces its line, a
     * QuantityShipped of 0 removes it. Only SKUs of the plan may be sent.
     */
    private static List<InboundItem> items(WebServiceParameters parameters, PlannedShipment plan,
                                           List<InboundItem> current) {
        for (WebServiceParameters member : parameters.members("InboundShipmentItems.member", MAX_ITEMS)) {
            String sku = member.required("SellerSKU");
            InboundItem planned = plan.items().stream().filter(item -> item.sellerSku().equals(sku)).findFirst()
                    .orElseThrow(() -> InboundRequests.refused("SellerSKU " + sku + " is not part of the plan of "
                            + "shipment " + plan.shipmentId() + "; plan it again to send it."));
            if (member.optional("QuantityShipped") == null) {
                throw new OperationFailure(MwsErrors.missingParameter(member.fullName("QuantityShipped")));
            }
            int quantity = member.integer("QuantityShipped", 0, 0, 999_999);
            int inCase = member.integer("QuantityInCase", 0, 0, 999_999);
            current.removeIf(item -> item.sellerSku().equals(sku));
            if (quantity > 0) {
                current.add(new InboundItem(sku, planned.fnsku(), quantity, inCase));
            }
        }
        return current;
    }

    private Listing fbaListing(Marketplace marketplace, String sku, String parameter) {
        Listing listing = orderBook.listings().find(marketplace.marketplaceId(), sku).orElse(null);
        if (listing == null) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(parameter, sku,
                    "a SellerSKU of the seller's listings on " + marketplace.name()));
        }
        if (!listing.amazonFulfilled()) {
            throw InboundRequests.refused("SellerSKU " + sku + " is fulfilled by the merchant (MFN) on "
                    + marketplace.name() + "; convert it to Fulfillment by Amazon before sending units.");
        }
        return listing;
    }

    private static Marketplace marketplace(String countryCode, String parameter) {
        for (Marketplace marketplace : Marketplaces.seller()) {
            if (marketplace.countryCode().equals(countryCode)) {
                return marketplace;
            }
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue(parameter, countryCode,
                "the country of a marketplace the seller sells on"));
    }

    private static void writePlan(XmlWriter xml, PlannedShipment plan) {
        FulfillmentCenter centre = FulfillmentCenter.byId(plan.destinationFulfillmentCenterId());
        xml.element("ShipmentId", plan.shipmentId())
                .element("DestinationFulfillmentCenterId", centre.id());
        InboundRequests.ADDRESS.of("Name", centre.id(), "AddressLine1", centre.line1(), "City", centre.city(),
                "StateOrProvinceCode", centre.stateOrProvinceCode(), "CountryCode", centre.countryCode(),
                "PostalCode", centre.postalCode()).write(xml, "ShipToAddress");
        xml.element("LabelPrepType", plan.labelPrepType());
        xml.members("Items", plan.items(), item -> xml.element("SellerSKU", item.sellerSku())
                .element("FulfillmentNetworkSKU", item.fnsku())
                .element("Quantity", Integer.toString(item.quantityShipped())));
    }

    private static SandboxResponse shipmentId(OperationCall call, String id) {
        return WebServiceResponses.result(call, xml -> xml.element("ShipmentId", id));
    }
}
