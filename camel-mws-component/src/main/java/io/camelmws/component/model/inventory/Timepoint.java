package io.camelmws.component.model.inventory;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When units become available: immediately, at {@link #dateTime()}, or unknown. */
public record Timepoint(
        @JsonProperty("TimepointType") String timepointTypeAsString,
        @JsonProperty("DateTime") Instant dateTime) {

    /** {@link TimepointType#UNKNOWN} for a type this version does not know. */
    public TimepointType timepointType() {
        return TimepointType.fromValue(timepointTypeAsString);
    }
}
