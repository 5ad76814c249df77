package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One shipment of ListInboundShipments. */
public record InboundShipmentInfo(
        @JsonProperty("ShipmentId") String shipmentId,
        @JsonProperty("ShipmentName") String shipmentName,
        @JsonProperty("ShipFromAddress") Address shipFromAddress,
        @JsonProperty("DestinationFulfillmentCenterId") String destinationFulfillmentCenterId,
        @JsonProperty("ShipmentStatus") String shipmentStatusAsString,
        @JsonProperty("LabelPrepType") String labelPrepType,
        @JsonProperty("AreCasesRequired") Boolean areCasesRequired,
        @JsonProperty("BoxContentsSource") String boxContentsSource) {

    /** The status as an enum; {@link ShipmentStatus#UNKNOWN} for a status this version does not know. */
    public ShipmentStatus shipmentStatus() {
        return ShipmentStatus.fromValue(shipmentStatusAsString);
    }
}
