package io.camelmws.component.model.outbound;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A shipment of a fulfilment order: PENDING while Amazon prepares it, SHIPPED with its packages afterwards. */
public record FulfillmentShipment(
        @JsonProperty("AmazonShipmentId") String amazonShipmentId,
        @JsonProperty("FulfillmentCenterId") String fulfillmentCenterId,
        @JsonProperty("FulfillmentShipmentStatus") String fulfillmentShipmentStatus,
        @JsonProperty("ShippingDateTime") Instant shippingDateTime,
        @JsonProperty("EstimatedArrivalDateTime") Instant estimatedArrivalDateTime,
        @JsonProperty("FulfillmentShipmentItem")
        @JacksonXmlElementWrapper(localName = "FulfillmentShipmentItem")
        List<FulfillmentShipmentItem> fulfillmentShipmentItems,
        @JsonProperty("FulfillmentShipmentPackage")
        @JacksonXmlElementWrapper(localName = "FulfillmentShipmentPackage")
        List<FulfillmentShipmentPackage> fulfillmentShipmentPackages) {

    public FulfillmentShipment {
        fulfillmentShipmentItems = fulfillmentShipmentItems == null ? List.of() : List.copyOf(fulfillmentShipmentItems);
        fulfillmentShipmentPackages = fulfillmentShipmentPackages == null ? List.of() : List.copyOf(fulfillmentShipmentPackages);
    }
}
