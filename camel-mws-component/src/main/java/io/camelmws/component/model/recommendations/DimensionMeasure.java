package io.camelmws.component.model.recommendations;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A dimension or weight and its unit. */
public record DimensionMeasure(
        @JsonProperty("Value") BigDecimal value,
        @JsonProperty("Unit") String unit) {
}
