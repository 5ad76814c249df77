package io.camelmws.component.model.recommendations;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.camelmws.component.model.Money;

/** A Selection, Fulfillment, GlobalSelling or Advertising recommendation: a product and its market; each category sends the subset of these elements its schema has. */
public record ProductRecommendation(
        @JsonProperty("LastUpdated") Instant lastUpdated,
        @JsonProperty("ItemIdentifier") ItemIdentifier itemIdentifier,
        @JsonProperty("ItemName") String itemName,
        @JsonProperty("BrandName") String brandName,
        @JsonProperty("ProductCategory") String productCategory,
        @JsonProperty("SalesRank") Long salesRank,
        @JsonProperty("BuyboxPrice") Money buyboxPrice,
        @JsonProperty("NumberOfOffers") Integer numberOfOffers,
        @JsonProperty("NumberOfOffersFulfilledByAmazon") Integer numberOfOffersFulfilledByAmazon,
        @JsonProperty("AverageCustomerReview") BigDecimal averageCustomerReview,
        @JsonProperty("NumberOfCustomerReviews") Integer numberOfCustomerReviews,
        @JsonProperty("ItemDimensions") ItemDimensions itemDimensions,
        @JsonProperty("YourPricePlusShipping") Money yourPricePlusShipping,
        @JsonProperty("LowestPricePlusShipping") Money lowestPricePlusShipping,
        @JsonProperty("AvailableQuantity") Integer availableQuantity,
        @JsonProperty("SalesForTheLast30Days") Integer salesForTheLast30Days,
        @JsonProperty("RecommendationId") String recommendationId,
        @JsonProperty("RecommendationReason") String recommendationReason) {
}
