package io.camelmws.component.model.orders;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * A page of ListOrders or ListOrdersByNextToken. {@code lastUpdatedBefore} (or {@code createdBefore}) is where MWS
 * ended the window: the next poll's start, never the client's clock.
 */
public record ListOrdersResult(
        @JsonProperty("Orders")
        @JacksonXmlElementWrapper(localName = "Orders")
        List<Order> orders,
        @JsonProperty("CreatedBefore") Instant createdBefore,
        @JsonProperty("LastUpdatedBefore") Instant lastUpdatedBefore,
        @JsonProperty("NextToken") String nextToken) {

    public ListOrdersResult {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
