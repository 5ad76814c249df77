package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An item of a preview's shipment, with its shipping weight. */
public record FulfillmentPreviewItem(
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("SellerFulfillmentOrderItemId") String sellerFulfillmentOrderItemId,
        @JsonProperty("EstimatedShippingWeight") Weight estimatedShippingWeight,
        @JsonProperty("ShippingWeightCalculationMethod") String shippingWeightCalculationMethod) {
}
