package io.camelmws.component.model.customerinformation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A shipping address of a customer. */
public record ShippingAddress(
        @JsonProperty("IsDefaultAddress") Boolean defaultAddress,
        @JsonProperty("FullName") String fullName,
        @JsonProperty("AddressLine1") String addressLine1,
        @JsonProperty("AddressLine2") String addressLine2,
        @JsonProperty("City") String city,
        @JsonProperty("StateOrRegion") String stateOrRegion,
        @JsonProperty("PostalCode") String postalCode,
        @JsonProperty("CountryCode") String countryCode) {
}
