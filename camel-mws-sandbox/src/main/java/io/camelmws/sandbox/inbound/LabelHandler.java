package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * GetPackageLabels and GetUniquePackageLabels: one box label per package (NumberOfPackages, or the packages of a
 * partnered small-parcel transport), as a {@link TransportDocuments} PDF. Each label names the shipment, the box
 * ({@code FBA...U001}), the destination centre and the ship-from address. The PageType is checked but the sandbox
 * draws every layout on one Letter page.
 */
final class LabelHandler {

    static final List<String> PAGE_TYPES = List.of("PackageLabel_Letter_2", "PackageLabel_Letter_4",
            "PackageLabel_Letter_6", "PackageLabel_Letter_6_CarrierLeft", "PackageLabel_A4_2", "PackageLabel_A4_4",
            "PackageLabel_Plain_Paper", "PackageLabel_Plain_Paper_CarrierBottom", "PackageLabel_Thermal",
            "PackageLabel_Thermal_Unified", "PackageLabel_Thermal_NonPCP", "PackageLabel_Thermal_No_Carrier_Rotation");

    private final InboundShipments shipments;

    LabelHandler(InboundShipments shipments) {
        this.shipments = shipments;
    }

    SandboxResponse packageLabels(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment shipment = InboundRequests.shipment(shipments, parameters);
        if (parameters.oneOf("PageType", PAGE_TYPES, null) == null) {
            throw new OperationFailure(MwsErrors.missingParameter("PageType"));
        }
        String status = shipment.stage(call.now()).status();
        if ("CANCELLED".equals(status)) {
            throw InboundRequests.refused("Shipment " + shipment.id() + " is CANCELLED; it has no labels.");
        }
        int boxes;
        if (shipment.transport() != null && shipment.transport().isPartnered() && !shipment.transport().isLtl()) {
            boxes = shipment.transport().packages().size();
        } else {
            if (parameters.optional("NumberOfPackages") == null) {
                throw new OperationFailure(MwsErrors.missingParameter("NumberOfPackages"));
            }
            boxes = parameters.integer("NumberOfPackages", 1, 1, 999);
        }
        List<String> boxIds = new ArrayList<>();
        for (int box = 1; box <= boxes; box++) {
            boxIds.add(String.format("%sU%03d", shipment.id(), box));
        }
        return document(call, shipment, boxIds);
    }

    /**
     * GetUniquePackageLabels: labels for the boxes named in PackageLabelsToPrint.member.n (the carton ids of the
     * box contents, {@code FBA...U001} ...), up to 999; the shipment must not be CANCELLED.
     */
    SandboxResponse uniquePackageLabels(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment shipment = InboundRequests.shipment(shipments, parameters);
        if (parameters.oneOf("PageType", PAGE_TYPES, null) == null) {
            throw new OperationFailure(MwsErrors.missingParameter("PageType"));
        }
        if ("CANCELLED".equals(shipment.stage(call.now()).status())) {
            throw InboundRequests.refused("Shipment " + shipment.id() + " is CANCELLED; it has no labels.");
        }
        List<String> boxIds = parameters.strictList("PackageLabelsToPrint.member", 999);
        if (boxIds.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("PackageLabelsToPrint.member.1"));
        }
        for (String boxId : boxIds) {
            if (!boxId.matches(java.util.regex.Pattern.quote(shipment.id()) + "U\\d{3,6}")) {
                throw new OperationFailure(MwsErrors.invalidParameterValue("PackageLabelsToPrint.member", boxId,
                        "carton ids of shipment " + shipment.id() + " (" + shipment.id() + "U001, ...)"));
            }
        }
        return document(call, shipment, boxIds);
    }

    private SandboxResponse document(OperationCall call, InboundShipment shipment, List<String> boxIds) {
        int boxes = boxIds.size();
        List<String> lines = TransportDocuments.heading(shipment, "FBA inbound shipment");
        for (int box = 1; box <= boxes; box++) {
            lines.add(String.format("Box %d of %d   %s", box, boxes, boxIds.get(box - 1)));
        }
        return TransportDocuments.answer(call, "PackageLabels_" + shipment.id() + ".pdf", lines);
    }
}
