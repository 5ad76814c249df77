package io.camelmws.component.model.easyship;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One scheduled package. */
public record GetScheduledPackageResult(
        @JsonProperty("ScheduledPackage") ScheduledPackage scheduledPackage) {
}
