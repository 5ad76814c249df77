package io.camelmws.component.model.shipmentinvoicing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The invoice status of the shipments asked for. */
public record GetFBAOutboundShipmentInvoiceStatusResult(
        @JsonProperty("Shipments")
        @JacksonXmlElementWrapper(localName = "Shipments")
        List<ShipmentInvoiceStatus> shipments) {

    public GetFBAOutboundShipmentInvoiceStatusResult {
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
    }
}
