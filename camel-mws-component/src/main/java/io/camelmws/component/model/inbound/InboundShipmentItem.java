package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One SKU of an inbound shipment as ListInboundShipmentItems gives it; QuantityReceived grows while RECEIVING. */
public record InboundShipmentItem(
        @JsonProperty("ShipmentId") String shipmentId,
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("FulfillmentNetworkSKU") String fulfillmentNetworkSku,
        @JsonProperty("QuantityShipped") Integer quantityShipped,
        @JsonProperty("QuantityReceived") Integer quantityReceived,
        @JsonProperty("QuantityInCase") Integer quantityInCase) {
}
