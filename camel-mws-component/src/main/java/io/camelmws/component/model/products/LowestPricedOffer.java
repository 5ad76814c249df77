package io.camelmws.component.model.products;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

import io.camelmws.component.model.Money;

/** One offer of GetLowestPricedOffers: who sells it how, at what price, and whether it wins the Buy Box. */
public record LowestPricedOffer(
        @JsonProperty("MyOffer") Boolean myOffer,
        @JsonProperty("SubCondition") String subCondition,
        @JsonProperty("SellerFeedbackRating") SellerFeedbackRating sellerFeedbackRating,
        @JsonProperty("ShippingTime") ShippingTime shippingTime,
        @JsonProperty("ListingPrice") Money listingPrice,
        @JsonProperty("Points") Price.Points points,
        @JsonProperty("Shipping") Money shipping,
        @JsonProperty("ShipsFrom") ShipsFrom shipsFrom,
        @JsonProperty("IsFulfilledByAmazon") Boolean isFulfilledByAmazon,
        @JsonProperty("IsBuyBoxWinner") Boolean isBuyBoxWinner,
        @JsonProperty("IsFeaturedMerchant") Boolean isFeaturedMerchant) {

    /** The landed price: listing price plus shipping; null when either is missing. */
    public BigDecimal landedAmount() {
        if (listingPrice == null || listingPrice.amount() == null) {
            return null;
        }
        return shipping == null || shipping.amount() == null ? listingPrice.amount() : listingPrice.amount().add(shipping.amount());
    }

    /** The seller's positive feedback percentage and feedback count. */
    public record SellerFeedbackRating(
            @JsonProperty("SellerPositiveFeedbackRating") BigDecimal sellerPositiveFeedbackRating,
            @JsonProperty("FeedbackCount") Long feedbackCount) {
    }

    /** Where the offer ships from. */
    public record ShipsFrom(@JsonProperty("State") String state, @JsonProperty("Country") String country) {
    }

    /** {@code <ShippingTime minimumHours="0" maximumHours="48" availabilityType="NOW"/>}. */
    public static final class ShippingTime extends ValueObject {
        @JsonProperty("minimumHours")
        @JacksonXmlProperty(isAttribute = true, localName = "minimumHours")
        private Integer minimumHours;
        @JsonProperty("maximumHours")
        @JacksonXmlProperty(isAttribute = true, localName = "maximumHours")
        private Integer maximumHours;
        @JsonProperty("availableDate")
        @JacksonXmlProperty(isAttribute = true, localName = "availableDate")
        private Instant availableDate;
        @JsonProperty("availabilityType")
        @JacksonXmlProperty(isAttribute = true, localName = "availabilityType")
        private String availabilityType;

        public Integer minimumHours() {
            return minimumHours;
        }

        public Integer maximumHours() {
            return maximumHours;
        }

        public Instant availableDate() {
            return availableDate;
        }

        /** NOW, FUTURE_WITHOUT_DATE or FUTURE_WITH_DATE. */
        public String availabilityType() {
            return availabilityType;
        }

        @Override
        Object[] parts() {
            return new Object[] {minimumHours, maximumHours, availableDate, availabilityType};
        }
    }
}
