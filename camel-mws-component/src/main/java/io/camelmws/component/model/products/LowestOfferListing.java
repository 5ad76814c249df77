package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetLowestOfferListings: the cheapest offer of one group of offers that share condition, channel, shipping time and
 * feedback band, with how many offers the group has.
 */
public record LowestOfferListing(
        @JsonProperty("Qualifiers") Qualifiers qualifiers,
        @JsonProperty("NumberOfOfferListingsConsidered") Integer numberOfOfferListingsConsidered,
        @JsonProperty("SellerFeedbackCount") Long sellerFeedbackCount,
        @JsonProperty("Price") Price price,
        @JsonProperty("MultipleOffersAtLowestPrice") Boolean multipleOffersAtLowestPrice) {

    /** What the offers of the group share. */
    public record Qualifiers(
            @JsonProperty("ItemCondition") String itemCondition,
            @JsonProperty("ItemSubcondition") String itemSubcondition,
            @JsonProperty("FulfillmentChannel") String fulfillmentChannel,
            @JsonProperty("ShipsDomestically") Boolean shipsDomestically,
            @JsonProperty("ShippingTime") ShippingTime shippingTime,
            @JsonProperty("SellerPositiveFeedbackRating") String sellerPositiveFeedbackRating) {
    }

    /** The maximum shipping time band, {@code 0-2 days}. */
    public record ShippingTime(@JsonProperty("Max") String max) {
    }
}
