package io.camelmws.component.model.recommendations;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A defect of a listing, or why it is suppressed. */
public record ListingQualityRecommendation(
        @JsonProperty("QualitySet") String qualitySet,
        @JsonProperty("DefectGroup") String defectGroup,
        @JsonProperty("DefectAttribute") String defectAttribute,
        @JsonProperty("ItemIdentifier") ItemIdentifier itemIdentifier,
        @JsonProperty("ItemName") String itemName,
        @JsonProperty("RecommendationId") String recommendationId,
        @JsonProperty("RecommendationReason") String recommendationReason) {
}
