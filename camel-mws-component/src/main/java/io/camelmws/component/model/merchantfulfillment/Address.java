package io.camelmws.component.model.merchantfulfillment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An address of the merchant fulfilment section (AddressLine1..3, Email, Phone). */
public record Address(
        @JsonProperty("Name") String name,
        @JsonProperty("AddressLine1") String addressLine1,
        @JsonProperty("AddressLine2") String addressLine2,
        @JsonProperty("AddressLine3") String addressLine3,
        @JsonProperty("DistrictOrCounty") String districtOrCounty,
        @JsonProperty("Email") String email,
        @JsonProperty("City") String city,
        @JsonProperty("StateOrProvinceCode") String stateOrProvinceCode,
        @JsonProperty("PostalCode") String postalCode,
        @JsonProperty("CountryCode") String countryCode,
        @JsonProperty("Phone") String phone) {
}
