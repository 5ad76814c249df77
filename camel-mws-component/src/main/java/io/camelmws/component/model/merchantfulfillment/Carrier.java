package io.camelmws.component.model.merchantfulfillment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A carrier named in the unavailable or terms-not-accepted lists. */
public record Carrier(@JsonProperty("CarrierName") String carrierName) {
}
