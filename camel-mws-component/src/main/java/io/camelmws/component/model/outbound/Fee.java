package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** A fee of a preview (FBAPerUnitFulfillmentFee, FBAPerOrderFulfillmentFee, FBATransportationFee...). */
public record Fee(
        @JsonProperty("Name") String name,
        @JsonProperty("Amount") Money amount) {
}
