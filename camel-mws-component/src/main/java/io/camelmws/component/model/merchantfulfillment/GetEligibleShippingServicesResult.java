package io.camelmws.component.model.merchantfulfillment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** GetEligibleShippingServices: the services that can carry the package, and those that cannot. */
public record GetEligibleShippingServicesResult(
        @JsonProperty("ShippingServiceList")
        @JacksonXmlElementWrapper(localName = "ShippingServiceList")
        List<ShippingService> shippingServices,
        @JsonProperty("RejectedShippingServiceList")
        @JacksonXmlElementWrapper(localName = "RejectedShippingServiceList")
        List<RejectedShippingService> rejectedShippingServices,
        @JsonProperty("TemporarilyUnavailableCarrierList")
        @JacksonXmlElementWrapper(localName = "TemporarilyUnavailableCarrierList")
        List<Carrier> temporarilyUnavailableCarriers,
        @JsonProperty("TermsAndConditionsNotAcceptedCarrierList")
        @JacksonXmlElementWrapper(localName = "TermsAndConditionsNotAcceptedCarrierList")
        List<Carrier> termsAndConditionsNotAcceptedCarriers) {

    public GetEligibleShippingServicesResult {
        shippingServices = shippingServices == null ? List.of() : List.copyOf(shippingServices);
        rejectedShippingServices = rejectedShippingServices == null ? List.of() : List.copyOf(rejectedShippingServices);
        temporarilyUnavailableCarriers = temporarilyUnavailableCarriers == null ? List.of()
                : List.copyOf(temporarilyUnavailableCarriers);
        termsAndConditionsNotAcceptedCarriers = termsAndConditionsNotAcceptedCarriers == null ? List.of()
                : List.copyOf(termsAndConditionsNotAcceptedCarriers);
    }
}
