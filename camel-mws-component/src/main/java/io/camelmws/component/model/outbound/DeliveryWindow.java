package io.camelmws.component.model.outbound;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Scheduled Delivery window (Japan): offered by GetFulfillmentPreview, chosen by CreateFulfillmentOrder. */
public record DeliveryWindow(
        @JsonProperty("StartDateTime") Instant startDateTime,
        @JsonProperty("EndDateTime") Instant endDateTime) {
}
