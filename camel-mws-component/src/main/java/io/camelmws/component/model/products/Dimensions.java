package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code ItemDimensions} or {@code PackageDimensions}. */
public record Dimensions(
        @JsonProperty("Height") Measure height,
        @JsonProperty("Length") Measure length,
        @JsonProperty("Width") Measure width,
        @JsonProperty("Weight") Measure weight) {
}
