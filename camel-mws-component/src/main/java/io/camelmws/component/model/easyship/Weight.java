package io.camelmws.component.model.easyship;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The package's weight. */
public record Weight(
        @JsonProperty("Value") BigDecimal value,
        @JsonProperty("Unit") String unit) {
}
