package io.camelmws.component.model.products;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** ListMatchingProducts: up to ten products matching the query, in the order MWS ranked them. */
public record ListMatchingProductsResult(
        @JsonProperty("Products")
        @JacksonXmlElementWrapper(localName = "Products")
        List<Product> products) {

    public ListMatchingProductsResult {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
