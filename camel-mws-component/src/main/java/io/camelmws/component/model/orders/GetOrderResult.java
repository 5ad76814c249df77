package io.camelmws.component.model.orders;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The orders GetOrder found, in the order MWS sent them. */
public record GetOrderResult(
        @JsonProperty("Orders")
        @JacksonXmlElementWrapper(localName = "Orders")
        List<Order> orders) {

    public GetOrderResult {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
