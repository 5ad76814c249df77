package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A return reason code the seller may give for a SKU. */
public record ReasonCodeDetails(
        @JsonProperty("ReturnReasonCode") String returnReasonCode,
        @JsonProperty("Description") String description,
        @JsonProperty("TranslatedDescription") String translatedDescription) {
}
