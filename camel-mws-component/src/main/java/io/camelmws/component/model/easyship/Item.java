package io.camelmws.component.model.easyship;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** An order item in the package, with its serial numbers. */
public record Item(
        @JsonProperty("OrderItemId") String orderItemId,
        @JsonProperty("OrderItemSerialNumberList")
        @JacksonXmlElementWrapper(localName = "OrderItemSerialNumberList")
        List<String> serialNumbers) {

    public Item {
        serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
    }
}
