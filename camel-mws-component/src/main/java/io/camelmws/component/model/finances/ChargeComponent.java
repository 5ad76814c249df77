package io.camelmws.component.model.finances;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** An amount the buyer was charged (positive) or given back (negative in an adjustment list). */
public record ChargeComponent(
        @JsonProperty("ChargeType") String chargeTypeAsString,
        @JsonProperty("ChargeAmount") Money chargeAmount) {

    /** The type as an enum; {@link ChargeType#UNKNOWN} for a type this version does not know. */
    public ChargeType chargeType() {
        return ChargeType.fromValue(chargeTypeAsString);
    }
}
