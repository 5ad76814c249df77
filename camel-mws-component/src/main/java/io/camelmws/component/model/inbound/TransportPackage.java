package io.camelmws.component.model.inbound;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A box of a small-parcel transport; TrackingId once the partnered carrier confirmed it. */
public record TransportPackage(
        @JsonProperty("Dimensions") Dimensions dimensions,
        @JsonProperty("Weight") Weight weight,
        @JsonProperty("CarrierName") String carrierName,
        @JsonProperty("TrackingId") String trackingId,
        @JsonProperty("PackageStatus") String packageStatus) {

    /** Box dimensions in {@code unit} (inches or centimeters). */
    public record Dimensions(@JsonProperty("Unit") String unit, @JsonProperty("Length") BigDecimal length,
                             @JsonProperty("Width") BigDecimal width, @JsonProperty("Height") BigDecimal height) {
    }

    /** Box weight in {@code unit} (pounds or kilograms). */
    public record Weight(@JsonProperty("Unit") String unit, @JsonProperty("Value") BigDecimal value) {
    }
}
