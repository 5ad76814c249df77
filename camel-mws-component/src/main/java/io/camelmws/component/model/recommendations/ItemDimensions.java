package io.camelmws.component.model.recommendations;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The size and weight of an item. */
public record ItemDimensions(
        @JsonProperty("Height") DimensionMeasure height,
        @JsonProperty("Width") DimensionMeasure width,
        @JsonProperty("Length") DimensionMeasure length,
        @JsonProperty("Weight") DimensionMeasure weight) {
}
