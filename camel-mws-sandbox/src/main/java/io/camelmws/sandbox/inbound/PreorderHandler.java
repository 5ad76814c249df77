package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * GetPreorderInfo and ConfirmPreorder. The sandbox seller's listings are all released products, so no shipment
 * contains preorderable items: GetPreorderInfo says so (false, without dates, as the documentation described the
 * answer for such a shipment) and ConfirmPreorder is refused with InvalidRequestException.
 */
final class PreorderHandler {

    private final InboundShipments shipments;

    PreorderHandler(InboundShipments shipments) {
        this.shipments = shipments;
    }

    SandboxResponse info(OperationCall call) {
        InboundRequests.shipment(shipments, new WebServiceParameters(call.parameters()));
        return WebServiceResponses.result(call, xml -> xml.element("ShipmentContainsPreorderableItems", "false")
                .element("ShipmentConfirmedForPreorder", "false"));
    }

    SandboxResponse confirm(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        InboundShipment shipment = InboundRequests.shipment(shipments, parameters);
        String needBy = parameters.required("NeedByDate");
        try {
            LocalDate.parse(needBy);
        } catch (DateTimeParseException e) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("NeedByDate", needBy, "a date YYYY-MM-DD"));
        }
        throw InboundRequests.refused("Shipment " + shipment.id() + " contains no preorderable items; only a "
                + "shipment whose GetPreorderInfo says ShipmentContainsPreorderableItems can be confirmed for "
                + "preorder.");
    }
}
