package io.camelmws.component.model.finances;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** A promotion applied to an item: a discount (negative), or its reversal in an adjustment list. */
public record Promotion(
        @JsonProperty("PromotionType") String promotionType,
        @JsonProperty("PromotionId") String promotionId,
        @JsonProperty("PromotionAmount") Money promotionAmount) {
}
