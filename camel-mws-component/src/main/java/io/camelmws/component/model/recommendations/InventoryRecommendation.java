package io.camelmws.component.model.recommendations;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Restock advice for a Fulfillment by Amazon listing. */
public record InventoryRecommendation(
        @JsonProperty("LastUpdated") Instant lastUpdated,
        @JsonProperty("ItemIdentifier") ItemIdentifier itemIdentifier,
        @JsonProperty("ItemName") String itemName,
        @JsonProperty("FulfillmentChannel") String fulfillmentChannel,
        @JsonProperty("SalesForTheLast14Days") Integer salesForTheLast14Days,
        @JsonProperty("SalesForTheLast30Days") Integer salesForTheLast30Days,
        @JsonProperty("AvailableQuantity") Integer availableQuantity,
        @JsonProperty("DaysUntilStockRunsOut") Integer daysUntilStockRunsOut,
        @JsonProperty("InboundQuantity") Integer inboundQuantity,
        @JsonProperty("RecommendedInboundQuantity") Integer recommendedInboundQuantity,
        @JsonProperty("DaysOutOfStockLast30Days") Integer daysOutOfStockLast30Days,
        @JsonProperty("LostSalesInLast30Days") Integer lostSalesInLast30Days,
        @JsonProperty("RecommendationId") String recommendationId,
        @JsonProperty("RecommendationReason") String recommendationReason) {
}
