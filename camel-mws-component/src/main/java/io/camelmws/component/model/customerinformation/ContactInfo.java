package io.camelmws.component.model.customerinformation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A customer's e-mail and name. */
public record ContactInfo(
        @JsonProperty("Email") String email,
        @JsonProperty("FullName") String fullName) {
}
