package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of CreateInboundShipment and UpdateInboundShipment: the shipment's id. */
public record InboundShipmentIdResult(@JsonProperty("ShipmentId") String shipmentId) {
}
