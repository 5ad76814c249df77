package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** The cash-on-delivery charges of a fulfilment order (Japan): whether the carrier collects, the charges and taxes. */
public record CodSettings(
        @JsonProperty("IsCODRequired") Boolean isCodRequired,
        @JsonProperty("CODCharge") Money codCharge,
        @JsonProperty("CODChargeTax") Money codChargeTax,
        @JsonProperty("ShippingCharge") Money shippingCharge,
        @JsonProperty("ShippingChargeTax") Money shippingChargeTax) {
}
