package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a product is identified: its ASIN in a marketplace and, when asked for by SKU, the seller's SKU. */
public record Identifiers(
        @JsonProperty("MarketplaceASIN") MarketplaceAsin marketplaceAsin,
        @JsonProperty("SKUIdentifier") SkuIdentifier skuIdentifier) {

    /** {@code MarketplaceASIN}. */
    public record MarketplaceAsin(@JsonProperty("MarketplaceId") String marketplaceId, @JsonProperty("ASIN") String asin) {
    }

    /** {@code SKUIdentifier}. */
    public record SkuIdentifier(@JsonProperty("MarketplaceId") String marketplaceId, @JsonProperty("SellerId") String sellerId,
                                @JsonProperty("SellerSKU") String sellerSku) {
    }
}
