package io.camelmws.component.model.outbound;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A package of a shipped shipment: its number (for GetPackageTrackingDetails), carrier and tracking number. */
public record FulfillmentShipmentPackage(
        @JsonProperty("PackageNumber") Integer packageNumber,
        @JsonProperty("CarrierCode") String carrierCode,
        @JsonProperty("TrackingNumber") String trackingNumber,
        @JsonProperty("EstimatedArrivalDateTime") Instant estimatedArrivalDateTime) {
}
