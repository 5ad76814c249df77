package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListAllFulfillmentOrders or ...ByNextToken; NextToken while more follow. */
public record ListAllFulfillmentOrdersResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("FulfillmentOrders")
        @JacksonXmlElementWrapper(localName = "FulfillmentOrders")
        List<FulfillmentOrder> fulfillmentOrders) {

    public ListAllFulfillmentOrdersResult {
        fulfillmentOrders = fulfillmentOrders == null ? List.of() : List.copyOf(fulfillmentOrders);
    }
}
