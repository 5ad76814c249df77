package io.camelmws.component.model.cartinformation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.camelmws.component.model.Money;

/** An item in a cart. */
public record CartItem(
        @JsonProperty("ASIN") String asin,
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("Title") String title,
        @JsonProperty("CurrentPrice") Money currentPrice,
        @JsonProperty("SalePrice") Money salePrice,
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("ProductPageURL") String productPageUrl,
        @JsonProperty("MainProductImageURL") String mainProductImageUrl,
        @JsonProperty("IsBuyable") Boolean buyable) {
}
