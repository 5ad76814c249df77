package io.camelmws.component.model.merchantfulfillment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CreateShipment, GetShipment and CancelShipment: the shipment. */
public record ShipmentResult(@JsonProperty("Shipment") Shipment shipment) {
}
