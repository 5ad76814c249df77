package io.camelmws.component.model.customerinformation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListCustomers or ListCustomersByNextToken. */
public record ListCustomersResult(
        @JsonProperty("CustomerList")
        @JacksonXmlElementWrapper(localName = "CustomerList")
        List<Customer> customers,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MoreResultsAvailable") Boolean moreResultsAvailable) {

    public ListCustomersResult {
        customers = customers == null ? List.of() : List.copyOf(customers);
    }
}
