package io.camelmws.component.model.merchantfulfillment;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** How a package is to be delivered: signature, declared value, carrier pick-up. */
public record ShippingServiceOptions(
        @JsonProperty("DeliveryExperience") String deliveryExperience,
        @JsonProperty("DeclaredValue") Money declaredValue,
        @JsonProperty("CarrierWillPickUp") Boolean carrierWillPickUp,
        @JsonProperty("LabelFormat") String labelFormat) {
}
