package io.camelmws.component.model.recommendations;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When each category's recommendations were last refreshed (ListingQuality has no such time). */
public record GetLastUpdatedTimeForRecommendationsResult(
        @JsonProperty("InventoryRecommendationsLastUpdated") Instant inventory,
        @JsonProperty("SelectionRecommendationsLastUpdated") Instant selection,
        @JsonProperty("FulfillmentRecommendationsLastUpdated") Instant fulfillment,
        @JsonProperty("PricingRecommendationsLastUpdated") Instant pricing,
        @JsonProperty("GlobalSellingRecommendationsLastUpdated") Instant globalSelling,
        @JsonProperty("AdvertisingRecommendationsLastUpdated") Instant advertising) {
}
