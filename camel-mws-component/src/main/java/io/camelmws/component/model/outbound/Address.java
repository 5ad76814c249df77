package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An address of the FBA outbound section (Line1..3 and StateOrProvinceCode, unlike the Orders section's). */
public record Address(
        @JsonProperty("Name") String name,
        @JsonProperty("Line1") String line1,
        @JsonProperty("Line2") String line2,
        @JsonProperty("Line3") String line3,
        @JsonProperty("DistrictOrCounty") String districtOrCounty,
        @JsonProperty("City") String city,
        @JsonProperty("StateOrProvinceCode") String stateOrProvinceCode,
        @JsonProperty("CountryCode") String countryCode,
        @JsonProperty("PostalCode") String postalCode,
        @JsonProperty("PhoneNumber") String phoneNumber) {
}
