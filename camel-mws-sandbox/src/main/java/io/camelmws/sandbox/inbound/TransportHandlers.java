package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.StableRandom;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * PutTransportContent, EstimateTransportRequest, GetTransportContent, ConfirmTransportRequest and
 * VoidTransportRequest for small-parcel (SP) and less-than-truckload (LTL) shipments, partnered or not (LTL details
 * are read by {@link LtlRequests} and written by {@link LtlXml}). Each request checks the transport status the
 * documentation allowed it from: estimate from WORKING (or ESTIMATED again), confirm from ESTIMATED before the
 * confirm deadline, void from CONFIRMED before the void deadline.
 */
final class TransportHandlers {

    private static final String PARTNERED = "TransportDetails.PartneredSmallParcelData.PackageList.member";
    private static final String NON_PARTNERED = "TransportDetails.NonPartneredSmallParcelData.PackageList.member";
    /** What Amazon's partnered carrier charged per box and per pound, in the marketplace's currency. */
    private static final BigDecimal PER_BOX = new BigDecimal("4.50");
    private static final BigDecimal PER_POUND = new BigDecimal("0.55");

    /** What Amazon's partnered LTL carrier charged per pallet, and per pound at freight class 100. */
    private static final BigDecimal PER_PALLET = new BigDecimal("85.00");
    private static final BigDecimal PER_FREIGHT_POUND = new BigDecimal("0.12");
    private static final String LTL_PARTNER = "OTHER";

    private final InboundShipments shipments;
    private final String sellerId;
    private final OrderBook orderBook;

    /** @param orderBook whose listing prices value an LTL shipment's units, and whose seed draws tracking ids */
    TransportHandlers(InboundShipments shipments, String sellerId, OrderBook orderBook) {
        this.shipments = shipments;
        this.sellerId = sellerId;
        this.orderBook = orderBook;
    }

    SandboxResponse put(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment shipment = InboundRequests.shipment(shipments, parameters);
        Boolean partnered = parameters.bool("IsPartnered");
        if (partnered == null) {
            throw new OperationFailure(MwsErrors.missingParameter("IsPartnered"));
        }
        String type = parameters.oneOf("ShipmentType", List.of("SP", "LTL"), null);
        if (type == null) {
            throw new OperationFailure(MwsErrors.missingParameter("ShipmentType"));
        }
        Instant now = call.now();
        Transport content = "LTL".equals(type) ? lessThanTruckload(parameters, shipment, partnered, now)
                : smallParcel(parameters, partnered, now);
        InboundShipment updated = change(shipment.id(), current -> {
            String status = current.stage(now).status();
            if (!"WORKING".equals(status)) {
                throw InboundRequests.refused("Shipment " + current.id() + " is " + status
                        + "; transport content can be sent only while it is WORKING.");
            }
            if (current.transport() != null) {
                String transportStatus = current.transport().status(now);
                if (!List.of("WORKING", "ESTIMATED", "ERROR", "VOIDED").contains(transportStatus)) {
                    throw InboundRequests.refused("The transport request of shipment " + current.id() + " is "
                            + transportStatus + "; void it before sending new transport content.");
                }
            }
            return current.withTransport(content);
        });
        return result(call, updated.transport().status(now));
    }

    private static Transport smallParcel(WebServiceParameters parameters, boolean partnered, Instant now) {
        String carrier = partnered ? "UNITED_PARCEL_SERVICE_INC"
                : parameters.required("TransportDetails.NonPartneredSmallParcelData.CarrierName");
        List<Transport.Package> packages = new ArrayList<>();
        for (WebServiceParameters box : parameters.members(partnered ? PARTNERED : NON_PARTNERED, 999)) {
            if (partnered) {
                WebServiceParameters dimensions = box.nested("Dimensions");
                dimensions.oneOf("Unit", List.of("inches"), "inches");
                box.nested("Weight").oneOf("Unit", List.of("pounds"), "pounds");
                BigDecimal weight = box.nested("Weight").amount("Value");
                if (weight == null || weight.signum() == 0) {
                    throw new OperationFailure(MwsErrors.missingParameter(box.fullName("Weight.Value")));
                }
                packages.add(new Transport.Package(side(dimensions, "Length"), side(dimensions, "Width"),
                        side(dimensions, "Height"), weight, null));
            } else {
                packages.add(new Transport.Package(0, 0, 0, null, box.required("TrackingId")));
            }
        }
        if (packages.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter((partnered ? PARTNERED : NON_PARTNERED) + ".1"));
        }
        return new Transport(partnered, "SP", carrier, packages, null, now, null, null, null, null, null);
    }

    /**
     * Pallets moved by Amazon's partnered LTL carrier, or by one of the seller's own with its PRO number. The
     * partnered carrier's name is not in the documentation's CarrierName list (which names parcel carriers), so the
     * sandbox answers {@code OTHER}, a value of that list.
     */
    private Transport lessThanTruckload(WebServiceParameters parameters, InboundShipment shipment, boolean partnered,
                                        Instant now) {
        if (partnered) {
            String currency = Marketplaces.byId(shipment.marketplaceId()).orElseThrow().currencyCode();
            PartneredLtl freight = LtlRequests.partnered(parameters, shipment, orderBook, currency,
                    LtlRequests.today(now));
            return new Transport(true, "LTL", LTL_PARTNER, List.of(), null, now, null, null, null, freight, null);
        }
        String carrier = parameters.required(LtlRequests.NON_PARTNERED + ".CarrierName");
        String proNumber = LtlRequests.proNumber(parameters);
        return new Transport(false, "LTL", carrier, List.of(), null, now, null, null, null, null, proNumber);
    }

    SandboxResponse estimate(OperationCall call) {
        Instant now = call.now();
        InboundShipment updated = transport(call, (shipment, transport) -> {
            String status = transport.status(now);
            if (!transport.isPartnered()) {
                throw InboundRequests.refused("Shipment " + shipment.id() + " uses a non-partnered carrier; "
                        + "only Amazon-partnered transport is estimated.");
            }
            if (!"WORKING".equals(status) && !"ESTIMATED".equals(status)) {
                throw InboundRequests.refused("The transport request of shipment " + shipment.id() + " is " + status
                        + "; it can be estimated when WORKING or ESTIMATED.");
            }
            if (transport.isLtl()) {
                return transport.estimated(transport.partneredLtl().charge(PER_PALLET, PER_FREIGHT_POUND), now);
            }
            BigDecimal amount = BigDecimal.ZERO;
            for (Transport.Package box : transport.packages()) {
                amount = amount.add(PER_BOX).add(PER_POUND.multiply(box.weight()));
            }
            return transport.estimated(amount.setScale(2, RoundingMode.HALF_UP), now);
        });
        return result(call, updated.transport().status(now));
    }

    SandboxResponse confirm(OperationCall call) {
        Instant now = call.now();
        InboundShipment updated = transport(call, (shipment, transport) -> {
            String status = transport.status(now);
            if (!"ESTIMATED".equals(status)) {
                throw InboundRequests.refused("The transport request of shipment " + shipment.id() + " is " + status
                        + "; only an ESTIMATED request can be confirmed.");
            }
            if (now.isAfter(transport.confirmDeadline())) {
                throw InboundRequests.refused("The estimate of shipment " + shipment.id() + " expired at "
                        + InboundXml.date(transport.confirmDeadline()) + "; estimate it again.");
            }
            List<Transport.Package> tracked = new ArrayList<>();
            for (Transport.Package box : transport.packages()) {
                tracked.add(new Transport.Package(box.length(), box.width(), box.height(), box.weight(),
                        "1Z" + new StableRandom(orderBook.seed(), shipment.id() + "#" + tracked.size(),
                                "inbound-tracking").alphanumeric(16).toUpperCase(java.util.Locale.ROOT)));
            }
            return transport.confirmed(tracked, now);
        });
        return result(call, updated.transport().status(now));
    }

    SandboxResponse voidRequest(OperationCall call) {
        Instant now = call.now();
        InboundShipment updated = transport(call, (shipment, transport) -> {
            String status = transport.status(now);
            if (!"CONFIRMED".equals(status)) {
                throw InboundRequests.refused("The transport request of shipment " + shipment.id() + " is " + status
                        + "; only a CONFIRMED request can be voided.");
            }
            if (now.isAfter(transport.voidDeadline())) {
                throw InboundRequests.refused("The transport request of shipment " + shipment.id()
                        + " can no longer be voided: its void deadline was " + InboundXml.date(transport.voidDeadline())
                        + ".");
            }
            return transport.voided(now);
        });
        return result(call, updated.transport().status(now));
    }

    SandboxResponse get(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment shipment = InboundRequests.shipment(shipments, parameters);
        Transport transport = shipment.transport();
        if (transport == null) {
            throw InboundRequests.refused("Shipment " + shipment.id() + " has no transport content; send it with "
                    + "PutTransportContent.");
        }
        Instant now = call.now();
        String currency = Marketplaces.byId(shipment.marketplaceId()).orElseThrow().currencyCode();
        String packageStatus = shipment.stage(now).status();
        return WebServiceResponses.result(call, xml -> {
            xml.start("TransportContent").start("TransportHeader")
                    .element("SellerId", sellerId)
                    .element("ShipmentId", shipment.id())
                    .element("IsPartnered", Boolean.toString(transport.isPartnered()))
                    .element("ShipmentType", transport.shipmentType())
                    .end("TransportHeader")
                    .start("TransportDetails");
            if (transport.isLtl()) {
                LtlXml.write(xml, transport, now, currency);
                xml.end("TransportDetails");
                writeResult(xml, transport.status(now));
                xml.end("TransportContent");
                return;
            }
            String data = transport.isPartnered() ? "PartneredSmallParcelData" : "NonPartneredSmallParcelData";
            xml.start(data);
            xml.members("PackageList", transport.packages(), box -> {
                if (transport.isPartnered()) {
                    xml.start("Dimensions").element("Unit", "inches")
                            .element("Length", Integer.toString(box.length()))
                            .element("Width", Integer.toString(box.width()))
                            .element("Height", Integer.toString(box.height())).end("Dimensions")
                            .start("Weight").element("Unit", "pounds").element("Value", box.weight().toPlainString())
                            .end("Weight");
                }
                xml.element("CarrierName", transport.carrierName())
                        .element("TrackingId", box.trackingId())
                        .element("PackageStatus", packageStatus);
            });
            writeEstimate(xml, transport, now, currency);
            xml.end(data).end("TransportDetails");
            writeResult(xml, transport.status(now));
            xml.end("TransportContent");
        });
    }

    private interface TransportChange {
        Transport apply(InboundShipment shipment, Transport transport);
    }

    private InboundShipment transport(OperationCall call, TransportChange change) {
        InboundShipment shipment = InboundRequests.shipment(shipments, new WebServiceParameters(call.parameters()));
        return change(shipment.id(), current -> {
            if (current.transport() == null) {
                throw InboundRequests.refused("Shipment " + current.id() + " has no transport content; send it "
                        + "with PutTransportContent.");
            }
            return current.withTransport(change.apply(current, current.transport()));
        });
    }

    private InboundShipment change(String id, UnaryOperator<InboundShipment> change) {
        return shipments.update(id, change);
    }

    private static int side(WebServiceParameters dimensions, String name) {
        if (dimensions.optional(name) == null) {
            throw new OperationFailure(MwsErrors.missingParameter(dimensions.fullName(name)));
        }
        return dimensions.integer(name, 0, 1, 999);
    }

    /** PartneredEstimate once Amazon has estimated a partnered transport (nothing while it is ESTIMATING). */
    static void writeEstimate(XmlWriter xml, Transport transport, Instant now, String currency) {
        if (transport.isPartnered() && transport.estimate() != null && !"ESTIMATING".equals(transport.status(now))) {
            xml.start("PartneredEstimate").start("Amount").element("CurrencyCode", currency)
                    .element("Value", transport.estimate().toPlainString()).end("Amount")
                    .element("ConfirmDeadline", InboundXml.date(transport.confirmDeadline()))
                    .element("VoidDeadline", InboundXml.date(transport.voidDeadline()))
                    .end("PartneredEstimate");
        }
    }

    private static void writeResult(XmlWriter xml, String status) {
        xml.start("TransportResult").element("TransportStatus", status).end("TransportResult");
    }

    private static SandboxResponse result(OperationCall call, String status) {
        return WebServiceResponses.result(call, xml -> writeResult(xml, status));
    }
}
