package io.camelmws.component.model.cartinformation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The carts asked for by CartId. */
public record GetCartsResult(
        @JsonProperty("CartList")
        @JacksonXmlElementWrapper(localName = "CartList")
        List<Cart> carts) {

    public GetCartsResult {
        carts = carts == null ? List.of() : List.copyOf(carts);
    }
}
