package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An address of the FBA inbound section (AddressLine1/2, unlike the outbound section's Line1..3). */
public record Address(
        @JsonProperty("Name") String name,
        @JsonProperty("AddressLine1") String addressLine1,
        @JsonProperty("AddressLine2") String addressLine2,
        @JsonProperty("City") String city,
        @JsonProperty("DistrictOrCounty") String districtOrCounty,
        @JsonProperty("StateOrProvinceCode") String stateOrProvinceCode,
        @JsonProperty("CountryCode") String countryCode,
        @JsonProperty("PostalCode") String postalCode) {
}
