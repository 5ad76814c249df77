package io.camelmws.component.model.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A shipping address as the Orders section sends it; MWS withholds it for Pending orders. */
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
        @JsonProperty("AddressType") String addressType) {
}
