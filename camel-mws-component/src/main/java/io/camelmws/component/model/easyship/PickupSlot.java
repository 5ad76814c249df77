package io.camelmws.component.model.easyship;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A window in which the carrier picks the package up. */
public record PickupSlot(
        @JsonProperty("SlotId") String slotId,
        @JsonProperty("PickupTimeStart") Instant pickupTimeStart,
        @JsonProperty("PickupTimeEnd") Instant pickupTimeEnd) {
}
