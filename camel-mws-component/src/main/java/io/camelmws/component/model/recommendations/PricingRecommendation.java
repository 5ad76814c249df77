package io.camelmws.component.model.recommendations;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.camelmws.component.model.Money;

/** Price advice: the seller's price against the lowest and median offers. */
public record PricingRecommendation(
        @JsonProperty("LastUpdated") Instant lastUpdated,
        @JsonProperty("ItemIdentifier") ItemIdentifier itemIdentifier,
        @JsonProperty("ItemName") String itemName,
        @JsonProperty("Condition") String condition,
        @JsonProperty("SubCondition") String subCondition,
        @JsonProperty("FulfillmentChannel") String fulfillmentChannel,
        @JsonProperty("YourPricePlusShipping") Money yourPricePlusShipping,
        @JsonProperty("LowestPricePlusShipping") Money lowestPricePlusShipping,
        @JsonProperty("PriceDifferenceToLowPrice") Money priceDifferenceToLowPrice,
        @JsonProperty("MedianPricePlusShipping") Money medianPricePlusShipping,
        @JsonProperty("LowestMerchantFulfilledOfferPrice") Money lowestMerchantFulfilledOfferPrice,
        @JsonProperty("LowestAmazonFulfilledOfferPrice") Money lowestAmazonFulfilledOfferPrice,
        @JsonProperty("NumberOfOffers") Integer numberOfOffers,
        @JsonProperty("NumberOfMerchantFulfilledOffers") Integer numberOfMerchantFulfilledOffers,
        @JsonProperty("NumberOfAmazonFulfilledOffers") Integer numberOfAmazonFulfilledOffers,
        @JsonProperty("RecommendationId") String recommendationId,
        @JsonProperty("RecommendationReason") String recommendationReason) {
}
