package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error of one item of a Products batch answer: {@code Sender}, {@code InvalidParameterValue} and why. */
public record ProductError(
        @JsonProperty("Type") String type,
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message) {
}
