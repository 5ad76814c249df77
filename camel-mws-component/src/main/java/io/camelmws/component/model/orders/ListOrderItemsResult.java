package io.camelmws.component.model.orders;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListOrderItems or ListOrderItemsByNextToken: the items of one order. */
public record ListOrderItemsResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("AmazonOrderId") String amazonOrderId,
        @JsonProperty("OrderItems")
        @JacksonXmlElementWrapper(localName = "OrderItems")
        List<OrderItem> orderItems) {

    public ListOrderItemsResult {
        orderItems = orderItems == null ? List.of() : List.copyOf(orderItems);
    }
}
