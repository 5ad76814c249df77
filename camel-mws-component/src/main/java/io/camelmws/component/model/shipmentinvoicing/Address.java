package io.camelmws.component.model.shipmentinvoicing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shipping address of an FBA shipment. */
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
        @JsonProperty("Phone") String phone) {
}
