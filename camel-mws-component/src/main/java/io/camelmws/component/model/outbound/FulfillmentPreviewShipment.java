package io.camelmws.component.model.outbound;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** When a preview's shipment would ship and arrive, and what it would carry. */
public record FulfillmentPreviewShipment(
        @JsonProperty("EarliestShipDate") Instant earliestShipDate,
        @JsonProperty("LatestShipDate") Instant latestShipDate,
        @JsonProperty("EarliestArrivalDate") Instant earliestArrivalDate,
        @JsonProperty("LatestArrivalDate") Instant latestArrivalDate,
        @JsonProperty("FulfillmentPreviewItems")
        @JacksonXmlElementWrapper(localName = "FulfillmentPreviewItems")
        List<FulfillmentPreviewItem> fulfillmentPreviewItems) {

    public FulfillmentPreviewShipment {
        fulfillmentPreviewItems = fulfillmentPreviewItems == null ? List.of() : List.copyOf(fulfillmentPreviewItems);
    }
}
