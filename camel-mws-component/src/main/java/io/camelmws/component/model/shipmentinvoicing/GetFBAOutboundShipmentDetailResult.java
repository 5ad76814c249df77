package io.camelmws.component.model.shipmentinvoicing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The detail of one FBA shipment. */
public record GetFBAOutboundShipmentDetailResult(
        @JsonProperty("ShipmentDetail") ShipmentDetail shipmentDetail) {
}
