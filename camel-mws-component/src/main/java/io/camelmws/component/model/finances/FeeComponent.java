package io.camelmws.component.model.finances;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** A fee Amazon kept (negative) or gave back (positive in an adjustment list). */
public record FeeComponent(
        @JsonProperty("FeeType") String feeTypeAsString,
        @JsonProperty("FeeAmount") Money feeAmount) {

    /** The type as an enum; {@link FeeType#UNKNOWN} for a type this version does not know. */
    public FeeType feeType() {
        return FeeType.fromValue(feeTypeAsString);
    }
}
