package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Units of one order item in a shipment, and the package they travel in (0 until it is packed). */
public record FulfillmentShipmentItem(
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("SellerFulfillmentOrderItemId") String sellerFulfillmentOrderItemId,
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("PackageNumber") Integer packageNumber) {
}
