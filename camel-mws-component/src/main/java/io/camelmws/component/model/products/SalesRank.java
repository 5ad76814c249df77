package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The product's rank in one category: a display group ({@code kitchen_display_on_website}) or a browse node id. */
public record SalesRank(
        @JsonProperty("ProductCategoryId") String productCategoryId,
        @JsonProperty("Rank") Long rank) {
}
