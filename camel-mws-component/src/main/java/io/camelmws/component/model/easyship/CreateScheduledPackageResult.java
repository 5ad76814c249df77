package io.camelmws.component.model.easyship;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The package CreateScheduledPackage scheduled. */
public record CreateScheduledPackageResult(
        @JsonProperty("ScheduledPackage") ScheduledPackage scheduledPackage) {
}
