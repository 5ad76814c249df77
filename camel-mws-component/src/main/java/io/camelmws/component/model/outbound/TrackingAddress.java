package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A place in tracking details: city, state and country only. */
public record TrackingAddress(
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("Country") String country) {
}
