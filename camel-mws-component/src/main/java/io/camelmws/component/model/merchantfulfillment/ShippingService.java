package io.camelmws.component.model.merchantfulfillment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/** A carrier service offered for a package (or the one a shipment was bought with), with its rate and dates. */
public record ShippingService(
        @JsonProperty("ShippingServiceName") String shippingServiceName,
        @JsonProperty("CarrierName") String carrierName,
        @JsonProperty("ShippingServiceId") String shippingServiceId,
        @JsonProperty("ShippingServiceOfferId") String shippingServiceOfferId,
        @JsonProperty("ShipDate") Instant shipDate,
        @JsonProperty("EarliestEstimatedDeliveryDate") Instant earliestEstimatedDeliveryDate,
        @JsonProperty("LatestEstimatedDeliveryDate") Instant latestEstimatedDeliveryDate,
        @JsonProperty("Rate") Money rate,
        @JsonProperty("ShippingServiceOptions") ShippingServiceOptions shippingServiceOptions,
        @JsonProperty("AvailableLabelFormats")
        @JacksonXmlElementWrapper(localName = "AvailableLabelFormats")
        List<String> availableLabelFormats,
        @JsonProperty("RequiresAdditionalSellerInputs") Boolean requiresAdditionalSellerInputs) {

    public ShippingService {
        availableLabelFormats = availableLabelFormats == null ? List.of() : List.copyOf(availableLabelFormats);
    }
}
