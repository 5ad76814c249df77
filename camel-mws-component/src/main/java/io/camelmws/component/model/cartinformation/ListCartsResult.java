package io.camelmws.component.model.cartinformation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListCarts or ListCartsByNextToken. */
public record ListCartsResult(
        @JsonProperty("CartList")
        @JacksonXmlElementWrapper(localName = "CartList")
        List<Cart> carts,
        @JsonProperty("NextToken") String nextToken) {

    public ListCartsResult {
        carts = carts == null ? List.of() : List.copyOf(carts);
    }
}
