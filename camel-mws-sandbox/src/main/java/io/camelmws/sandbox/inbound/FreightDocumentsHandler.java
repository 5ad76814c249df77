package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.util.List;

/**
 * GetPalletLabels and GetBillOfLading, the documents of a less-than-truckload (LTL) shipment, as
 * {@link TransportDocuments} PDFs. What the MWS reference says and the sandbox does:
 * <ul>
 * <li>GetPalletLabels answers "four identical labels for each pallet" (NumberOfPallets), and a shipment that is not
 * LTL is the section's {@code InvalidOperation} error (FBAInbound_GetPalletLabels, FBAInbound_ErrorCodes);</li>
 * <li>GetBillOfLading is for an Amazon-partnered LTL shipment; one without a partnered transport is
 * {@code TransportContentNotFound} (FBAInbound_ErrorCodes), and the bill exists only once the transport is CONFIRMED
 * (GetTransportContent's IsBillOfLadingAvailable), before which the sandbox answers InvalidRequestException, the
 * section's refusal of a request that cannot be carried out yet.</li>
 * </ul>
 */
final class FreightDocumentsHandler {

    /** Identical labels GetPalletLabels prints for each pallet (FBAInbound_GetPalletLabels). */
    static final int LABELS_PER_PALLET = 4;
    /** Pallets one request may ask labels for; a full truck holds 26 standard pallets, 30 leaves room. */
    static final int MAX_PALLETS = 30;

    private final InboundShipments shipments;

    FreightDocumentsHandler(InboundShipments shipments) {
        this.shipments = shipments;
    }

    SandboxResponse palletLabels(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment shipment = InboundRequests.shipment(shipments, parameters);
        if (parameters.oneOf("PageType", LabelHandler.PAGE_TYPES, null) == null) {
            throw new OperationFailure(MwsErrors.missingParameter("PageType"));
        }
        if (parameters.optional("NumberOfPallets") == null) {
            throw new OperationFailure(MwsErrors.missingParameter("NumberOfPallets"));
        }
        int pallets = parameters.integer("NumberOfPallets", 1, 1, MAX_PALLETS);
        Transport transport = shipment.transport();
        if (transport == null || !transport.isLtl()) {
            throw new OperationFailure(MwsError.of(400, "InvalidOperation", "Shipment " + shipment.id()
                    + " is not a Less Than Truckload/Full Truckload (LTL/FTL) shipment; pallet labels are for "
                    + "LTL/FTL shipments (PutTransportContent with ShipmentType LTL)."));
        }
        if ("CANCELLED".equals(shipment.stage(call.now()).status())) {
            throw InboundRequests.refused("Shipment " + shipment.id() + " is CANCELLED; it has no labels.");
        }
        List<String> lines = TransportDocuments.heading(shipment, "FBA inbound shipment");
        if (transport.partneredLtl() != null) {
            lines.add("Amazon reference " + transport.partneredLtl().amazonReferenceId());
        }
        for (int pallet = 1; pallet <= pallets; pallet++) {
            for (int copy = 1; copy <= LABELS_PER_PALLET; copy++) {
                lines.add(String.format("Pallet %d of %d   %sPLT%03d   (label %d of %d)", pallet, pallets,
                        shipment.id(), pallet, copy, LABELS_PER_PALLET));
            }
        }
        return TransportDocuments.answer(call, "PalletLabels_" + shipment.id() + ".pdf", lines);
    }

    SandboxResponse billOfLading(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment shipment = InboundRequests.shipment(shipments, parameters);
        Transport transport = shipment.transport();
        if (transport == null || !transport.isPartnered() || !transport.isLtl()) {
            throw new OperationFailure(MwsError.of(400, "TransportContentNotFound", "No Amazon-partnered Less Than "
                    + "Truckload/Full Truckload (LTL/FTL) shipment is associated with ShipmentId " + shipment.id()
                    + "."));
        }
        String status = transport.status(call.now());
        if (!LtlXml.billOfLadingAvailable(transport, call.now())) {
            throw InboundRequests.refused("The bill of lading of shipment " + shipment.id() + " is not available: "
                    + "its transport request is " + status + "; it is issued once the request is CONFIRMED.");
        }
        PartneredLtl freight = transport.partneredLtl();
        List<String> lines = TransportDocuments.heading(shipment, "STRAIGHT BILL OF LADING - FBA inbound shipment");
        lines.add("Bill of lading number " + freight.amazonReferenceId() + "   Carrier " + transport.carrierName());
        lines.add("Pick-up " + InboundXml.date(freight.previewPickupDate()) + "   Delivery by "
                + InboundXml.date(freight.previewDeliveryDate()));
        lines.add("Shipper contact: " + freight.contact().get("Name") + ", " + freight.contact().get("Phone") + ", "
                + freight.contact().get("Email"));
        lines.add(String.format("Handling units: %d pallets, %d boxes   Total weight %s %s   Freight class %s",
                freight.pallets().size(), freight.boxCount(), freight.totalWeight().value().toPlainString(),
                freight.totalWeight().unit(), freight.previewFreightClass()));
        PartneredLtl.Money value = freight.sellerDeclaredValue() != null ? freight.sellerDeclaredValue()
                : freight.amazonCalculatedValue();
        lines.add("Declared value " + value.value().toPlainString() + " " + value.currencyCode());
        for (int pallet = 1; pallet <= freight.pallets().size(); pallet++) {
            PartneredLtl.Pallet described = freight.pallets().get(pallet - 1);
            lines.add(String.format("Pallet %d: %s x %s x %s %s%s", pallet, described.length().toPlainString(),
                    described.width().toPlainString(), described.height().toPlainString(), described.unit(),
                    described.isStacked() ? ", stacked" : ""));
        }
        return TransportDocuments.answer(call, "BillOfLading_" + shipment.id() + ".pdf", lines);
    }
}
