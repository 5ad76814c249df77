package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** What an order at one ShippingSpeedCategory would be: fulfillable or not, its weight, fees and shipments. */
public record FulfillmentPreview(
        @JsonProperty("ShippingSpeedCategory") String shippingSpeedCategory,
        @JsonProperty("ScheduledDeliveryInfo") ScheduledDeliveryInfo scheduledDeliveryInfo,
        @JsonProperty("IsFulfillable") Boolean isFulfillable,
        @JsonProperty("IsCODCapable") Boolean isCodCapable,
        @JsonProperty("EstimatedShippingWeight") Weight estimatedShippingWeight,
        @JsonProperty("EstimatedFees")
        @JacksonXmlElementWrapper(localName = "EstimatedFees")
        List<Fee> estimatedFees,
        @JsonProperty("FulfillmentPreviewShipments")
        @JacksonXmlElementWrapper(localName = "FulfillmentPreviewShipments")
        List<FulfillmentPreviewShipment> fulfillmentPreviewShipments,
        @JsonProperty("UnfulfillablePreviewItems")
        @JacksonXmlElementWrapper(localName = "UnfulfillablePreviewItems")
        List<UnfulfillablePreviewItem> unfulfillablePreviewItems,
        @JsonProperty("OrderUnfulfillableReasons")
        @JacksonXmlElementWrapper(localName = "OrderUnfulfillableReasons")
        List<String> orderUnfulfillableReasons,
        @JsonProperty("MarketplaceId") String marketplaceId) {

    public FulfillmentPreview {
        estimatedFees = estimatedFees == null ? List.of() : List.copyOf(estimatedFees);
        fulfillmentPreviewShipments = fulfillmentPreviewShipments == null ? List.of() : List.copyOf(fulfillmentPreviewShipments);
        unfulfillablePreviewItems = unfulfillablePreviewItems == null ? List.of() : List.copyOf(unfulfillablePreviewItems);
        orderUnfulfillableReasons = orderUnfulfillableReasons == null ? List.of() : List.copyOf(orderUnfulfillableReasons);
    }
}
