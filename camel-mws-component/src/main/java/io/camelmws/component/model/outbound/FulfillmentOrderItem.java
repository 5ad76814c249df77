package io.camelmws.component.model.outbound;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/** One item of a fulfilment order, with what was cancelled or could not be fulfilled and its estimated dates. */
public record FulfillmentOrderItem(
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("SellerFulfillmentOrderItemId") String sellerFulfillmentOrderItemId,
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("GiftMessage") String giftMessage,
        @JsonProperty("DisplayableComment") String displayableComment,
        @JsonProperty("FulfillmentNetworkSKU") String fulfillmentNetworkSku,
        @JsonProperty("OrderItemDisposition") String orderItemDisposition,
        @JsonProperty("CancelledQuantity") Integer cancelledQuantity,
        @JsonProperty("UnfulfillableQuantity") Integer unfulfillableQuantity,
        @JsonProperty("EstimatedShipDateTime") Instant estimatedShipDateTime,
        @JsonProperty("EstimatedArrivalDateTime") Instant estimatedArrivalDateTime,
        @JsonProperty("PerUnitPrice") Money perUnitPrice,
        @JsonProperty("PerUnitTax") Money perUnitTax,
        @JsonProperty("PerUnitDeclaredValue") Money perUnitDeclaredValue) {
}
