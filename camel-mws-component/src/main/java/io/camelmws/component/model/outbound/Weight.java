package io.camelmws.component.model.outbound;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A weight: Unit (kilograms, pounds) and Value. */
public record Weight(
        @JsonProperty("Unit") String unit,
        @JsonProperty("Value") BigDecimal value) {
}
