package io.camelmws.component.model.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A shipping address as the Orders section sends it; MWS withholds it for Pending orders. AddressLine2 is null when
 * the address has no second line; {@code isAddressSharingConfidential} is spelt with a small i, as MWS spelt it.
 */
public record Address(
        @JsonProperty("Name") String name,
        @JsonProperty("AddressLine1") String addressLine1,
        @JsonProperty("AddressLine2") String addressLine2,
        @JsonProperty("AddressLine3") String addressLine3,
        @JsonProperty("City") String city,
        @JsonProperty("County") String county,
        @JsonProperty("District") String district,
        @JsonProperty("StateOrRegion") String stateOrRegion,
        @JsonProperty("PostalCode") String postalCode,
        @JsonProperty("CountryCode") String countryCode,
        @JsonProperty("Phone") String phone,
        @JsonProperty("AddressType") String addressType,
        @JsonProperty("isAddressSharingConfidential") Boolean isAddressSharingConfidential) {
}
