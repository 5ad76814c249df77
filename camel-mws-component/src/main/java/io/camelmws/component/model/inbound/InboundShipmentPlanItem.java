package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A SKU of a planned shipment, with the FNSKU its units must be labelled with. */
public record InboundShipmentPlanItem(
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("FulfillmentNetworkSKU") String fulfillmentNetworkSku,
        @JsonProperty("Quantity") Integer quantity) {
}
