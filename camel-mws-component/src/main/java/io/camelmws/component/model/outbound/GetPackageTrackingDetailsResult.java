package io.camelmws.component.model.outbound;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** GetPackageTrackingDetails: where a package is (IN_TRANSIT, DELIVERED...) and its carrier's scans. */
public record GetPackageTrackingDetailsResult(
        @JsonProperty("PackageNumber") Integer packageNumber,
        @JsonProperty("TrackingNumber") String trackingNumber,
        @JsonProperty("CarrierCode") String carrierCode,
        @JsonProperty("CarrierPhoneNumber") String carrierPhoneNumber,
        @JsonProperty("CarrierURL") String carrierUrl,
        @JsonProperty("ShipDate") Instant shipDate,
        @JsonProperty("EstimatedArrivalDate") Instant estimatedArrivalDate,
        @JsonProperty("ShipToAddress") TrackingAddress shipToAddress,
        @JsonProperty("CurrentStatus") String currentStatus,
        @JsonProperty("SignedForBy") String signedForBy,
        @JsonProperty("AdditionalLocationInfo") String additionalLocationInfo,
        @JsonProperty("TrackingEvents")
        @JacksonXmlElementWrapper(localName = "TrackingEvents")
        List<TrackingEvent> trackingEvents) {

    public GetPackageTrackingDetailsResult {
        trackingEvents = trackingEvents == null ? List.of() : List.copyOf(trackingEvents);
    }
}
