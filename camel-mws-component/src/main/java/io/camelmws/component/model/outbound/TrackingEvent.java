package io.camelmws.component.model.outbound;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One carrier scan (EVENT_101 carrier notified ... EVENT_301 delivered). */
public record TrackingEvent(
        @JsonProperty("EventDate") Instant eventDate,
        @JsonProperty("EventAddress") TrackingAddress eventAddress,
        @JsonProperty("EventCode") String eventCode) {
}
