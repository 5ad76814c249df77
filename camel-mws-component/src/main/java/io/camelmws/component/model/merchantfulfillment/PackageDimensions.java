package io.camelmws.component.model.merchantfulfillment;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A package's sides and their unit, or a predefined package name. */
public record PackageDimensions(
        @JsonProperty("Length") BigDecimal length,
        @JsonProperty("Width") BigDecimal width,
        @JsonProperty("Height") BigDecimal height,
        @JsonProperty("Unit") String unit,
        @JsonProperty("PredefinedPackageDimensions") String predefinedPackageDimensions) {
}
