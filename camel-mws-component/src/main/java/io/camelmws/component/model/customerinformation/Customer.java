package io.camelmws.component.model.customerinformation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A customer of the seller. */
public record Customer(
        @JsonProperty("CustomerId") String customerId,
        @JsonProperty("ShippingAddressList")
        @JacksonXmlElementWrapper(localName = "ShippingAddressList")
        List<ShippingAddress> shippingAddresses,
        @JsonProperty("PrimaryContactInfo") ContactInfo primaryContactInfo,
        @JsonProperty("AccountType") String accountType,
        @JsonProperty("AssociatedMarketplaces")
        @JacksonXmlElementWrapper(localName = "AssociatedMarketplaces")
        List<MarketplaceDomain> associatedMarketplaces) {

    public Customer {
        shippingAddresses = shippingAddresses == null ? List.of() : List.copyOf(shippingAddresses);
        associatedMarketplaces = associatedMarketplaces == null ? List.of() : List.copyOf(associatedMarketplaces);
    }
}
