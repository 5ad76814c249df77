package io.camelmws.component.model.customerinformation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The customers asked for by CustomerId. */
public record GetCustomersForCustomerIdResult(
        @JsonProperty("CustomerList")
        @JacksonXmlElementWrapper(localName = "CustomerList")
        List<Customer> customers) {

    public GetCustomersForCustomerIdResult {
        customers = customers == null ? List.of() : List.copyOf(customers);
    }
}
