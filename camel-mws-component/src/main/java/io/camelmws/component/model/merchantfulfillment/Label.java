package io.camelmws.component.model.merchantfulfillment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shipping label of a shipment. */
public record Label(
        @JsonProperty("CustomTextForLabel") String customTextForLabel,
        @JsonProperty("Dimensions") PackageDimensions dimensions,
        @JsonProperty("FileContents") FileContents fileContents,
        @JsonProperty("LabelFormat") String labelFormat,
        @JsonProperty("StandardIdForLabel") String standardIdForLabel) {
}
