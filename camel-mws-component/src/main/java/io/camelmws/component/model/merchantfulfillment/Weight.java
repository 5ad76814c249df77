package io.camelmws.component.model.merchantfulfillment;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A weight: Value and Unit (ounces, grams). */
public record Weight(@JsonProperty("Value") BigDecimal value, @JsonProperty("Unit") String unit) {
}
