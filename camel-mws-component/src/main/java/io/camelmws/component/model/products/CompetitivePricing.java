package io.camelmws.component.model.products;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

import io.camelmws.component.model.Money;

/** GetCompetitivePricing: the Buy Box prices by condition, the number of offers by condition, the trade-in value. */
public record CompetitivePricing(
        @JsonProperty("CompetitivePrices")
        @JacksonXmlElementWrapper(localName = "CompetitivePrices")
        List<CompetitivePrice> competitivePrices,
        @JsonProperty("NumberOfOfferListings")
        @JacksonXmlElementWrapper(localName = "NumberOfOfferListings")
        List<OfferListingCount> numberOfOfferListings,
        @JsonProperty("TradeInValue") Money tradeInValue) {

    public CompetitivePricing {
        competitivePrices = competitivePrices == null ? List.of() : List.copyOf(competitivePrices);
        numberOfOfferListings = numberOfOfferListings == null ? List.of() : List.copyOf(numberOfOfferListings);
    }

    /** One competitive price: id 1 is the New Buy Box, 2 the Used one. */
    public static final class CompetitivePrice extends ValueObject {
        @JsonProperty("belongsToRequester")
        @JacksonXmlProperty(isAttribute = true, localName = "belongsToRequester")
        private Boolean belongsToRequester;
        @JsonProperty("condition")
        @JacksonXmlProperty(isAttribute = true, localName = "condition")
        private String condition;
        @JsonProperty("subcondition")
        @JacksonXmlProperty(isAttribute = true, localName = "subcondition")
        private String subcondition;
        @JsonProperty("CompetitivePriceId")
        private String competitivePriceId;
        @JsonProperty("Price")
        private Price price;

        /** Whether the price is the requesting seller's own offer. */
        public Boolean belongsToRequester() {
            return belongsToRequester;
        }

        public String condition() {
            return condition;
        }

        public String subcondition() {
            return subcondition;
        }

        public String competitivePriceId() {
            return competitivePriceId;
        }

        public Price price() {
            return price;
        }

        @Override
        Object[] parts() {
            return new Object[] {belongsToRequester, condition, subcondition, competitivePriceId, price};
        }
    }

    /** {@code <OfferListingCount condition="New">7</OfferListingCount>}. */
    public static final class OfferListingCount extends ValueObject {
        @JsonProperty("condition")
        @JacksonXmlProperty(isAttribute = true, localName = "condition")
        private String condition;
        @JsonProperty("count")
        @JacksonXmlText
        private Integer count;

        /** Any, New, Used, Collectible... */
        public String condition() {
            return condition;
        }

        public Integer count() {
            return count;
        }

        @Override
        Object[] parts() {
            return new Object[] {condition, count};
        }
    }
}
