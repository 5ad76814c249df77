package io.camelmws.component.model.merchantfulfillment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Units of one order item in a shipment. */
public record Item(
        @JsonProperty("OrderItemId") String orderItemId,
        @JsonProperty("Quantity") Integer quantity) {
}
