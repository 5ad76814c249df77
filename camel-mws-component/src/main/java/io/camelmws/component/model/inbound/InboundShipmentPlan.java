package io.camelmws.component.model.inbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** One shipment Amazon plans: its ShipmentId for CreateInboundShipment, where to send it and the SKUs it takes. */
public record InboundShipmentPlan(
        @JsonProperty("ShipmentId") String shipmentId,
        @JsonProperty("DestinationFulfillmentCenterId") String destinationFulfillmentCenterId,
        @JsonProperty("ShipToAddress") Address shipToAddress,
        @JsonProperty("LabelPrepType") String labelPrepType,
        @JsonProperty("Items")
        @JacksonXmlElementWrapper(localName = "Items")
        List<InboundShipmentPlanItem> items) {

    public InboundShipmentPlan {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
