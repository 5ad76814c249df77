package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** GetMyPrice: one of the seller's own offers for the product. */
public record MyOffer(
        @JsonProperty("BuyingPrice") Price buyingPrice,
        @JsonProperty("RegularPrice") Money regularPrice,
        @JsonProperty("FulfillmentChannel") String fulfillmentChannel,
        @JsonProperty("ItemCondition") String itemCondition,
        @JsonProperty("ItemSubCondition") String itemSubCondition,
        @JsonProperty("SellerId") String sellerId,
        @JsonProperty("SellerSKU") String sellerSku) {
}
