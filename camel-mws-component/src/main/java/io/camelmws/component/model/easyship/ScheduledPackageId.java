package io.camelmws.component.model.easyship;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which package: the order and the package id. */
public record ScheduledPackageId(
        @JsonProperty("AmazonOrderId") String amazonOrderId,
        @JsonProperty("PackageId") String packageId) {
}
