package io.camelmws.component.model.merchantfulfillment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A carrier service that cannot carry the package, and why. */
public record RejectedShippingService(
        @JsonProperty("CarrierName") String carrierName,
        @JsonProperty("ShippingServiceId") String shippingServiceId,
        @JsonProperty("ShippingServiceName") String shippingServiceName,
        @JsonProperty("RejectionReasonCode") String rejectionReasonCode,
        @JsonProperty("RejectionReasonMessage") String rejectionReasonMessage) {
}
