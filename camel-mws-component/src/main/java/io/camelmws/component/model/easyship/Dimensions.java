package io.camelmws.component.model.easyship;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The package's size. */
public record Dimensions(
        @JsonProperty("Length") BigDecimal length,
        @JsonProperty("Width") BigDecimal width,
        @JsonProperty("Height") BigDecimal height,
        @JsonProperty("Unit") String unit,
        @JsonProperty("Name") String name) {
}
