package io.camelmws.component.model.products;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

import io.camelmws.component.model.Money;

/**
 * GetLowestPricedOffersForSKU or ...ForASIN: for one product and one condition, the market's summary (offer counts,
 * lowest and Buy Box prices by condition and channel) and its twenty cheapest offers of that condition. The Result's
 * attributes repeat the request: marketplace, SKU or ASIN, condition, and the status.
 */
@JsonPropertyOrder({"MarketplaceID", "SKU", "ASIN", "ItemCondition", "status", "Identifier", "Summary", "Offers", "Error"})
public final class LowestPricedOffersResult extends ValueObject {

    @JsonProperty("MarketplaceID")
    @JacksonXmlProperty(isAttribute = true, localName = "MarketplaceID")
    private String marketplaceId;
    @JsonProperty("SKU")
    @JacksonXmlProperty(isAttribute = true, localName = "SKU")
    private String sellerSku;
    @JsonProperty("ASIN")
    @JacksonXmlProperty(isAttribute = true, localName = "ASIN")
    private String asin;
    @JsonProperty("ItemCondition")
    @JacksonXmlProperty(isAttribute = true, localName = "ItemCondition")
    private String itemCondition;
    @JsonProperty("status")
    @JacksonXmlProperty(isAttribute = true, localName = "status")
    private String status;
    @JsonProperty("Identifier")
    private Identifier identifier;
    @JsonProperty("Summary")
    private Summary summary;
    @JsonProperty("Offers")
    @JacksonXmlElementWrapper(localName = "Offers")
    private List<LowestPricedOffer> offers = new ArrayList<>();
    @JsonProperty("Error")
    private ProductError error;

    /** What the answer is about, and when its offers last changed. */
    public record Identifier(
            @JsonProperty("MarketplaceId") String marketplaceId,
            @JsonProperty("SellerSKU") String sellerSku,
            @JsonProperty("ASIN") String asin,
            @JsonProperty("ItemCondition") String itemCondition,
            @JsonProperty("TimeOfOfferChange") Instant timeOfOfferChange) {
    }

    /** The market of the product, every condition counted. */
    public record Summary(
            @JsonProperty("TotalOfferCount") Integer totalOfferCount,
            @JsonProperty("NumberOfOffers")
            @JacksonXmlElementWrapper(localName = "NumberOfOffers")
            List<OfferCount> numberOfOffers,
            @JsonProperty("LowestPrices")
            @JacksonXmlElementWrapper(localName = "LowestPrices")
            List<ConditionPrice> lowestPrices,
            @JsonProperty("BuyBoxPrices")
            @JacksonXmlElementWrapper(localName = "BuyBoxPrices")
            List<ConditionPrice> buyBoxPrices,
            @JsonProperty("ListPrice") Money listPrice,
            @JsonProperty("SuggestedLowerPricePlusShipping") Money suggestedLowerPricePlusShipping,
            @JsonProperty("BuyBoxEligibleOffers")
            @JacksonXmlElementWrapper(localName = "BuyBoxEligibleOffers")
            List<OfferCount> buyBoxEligibleOffers,
            @JsonProperty("OffersAvailableTime") Instant offersAvailableTime) {

        public Summary {
            numberOfOffers = numberOfOffers == null ? List.of() : List.copyOf(numberOfOffers);
            lowestPrices = lowestPrices == null ? List.of() : List.copyOf(lowestPrices);
            buyBoxPrices = buyBoxPrices == null ? List.of() : List.copyOf(buyBoxPrices);
            buyBoxEligibleOffers = buyBoxEligibleOffers == null ? List.of() : List.copyOf(buyBoxEligibleOffers);
        }
    }

    /** {@code <OfferCount condition="new" fulfillmentChannel="Amazon">3</OfferCount>}. */
    public static final class OfferCount extends ValueObject {
        @JsonProperty("condition")
        @JacksonXmlProperty(isAttribute = true, localName = "condition")
        private String condition;
        @JsonProperty("fulfillmentChannel")
        @JacksonXmlProperty(isAttribute = true, localName = "fulfillmentChannel")
        private String fulfillmentChannel;
        @JsonProperty("count")
        @JacksonXmlText
        private Integer count;

        public String condition() {
            return condition;
        }

        /** Amazon or Merchant. */
        public String fulfillmentChannel() {
            return fulfillmentChannel;
        }

        public Integer count() {
            return count;
        }

        @Override
        Object[] parts() {
            return new Object[] {condition, fulfillmentChannel, count};
        }
    }

    /** A LowestPrice (by condition and channel) or BuyBoxPrice (by condition; no channel). */
    public static final class ConditionPrice extends ValueObject {
        @JsonProperty("condition")
        @JacksonXmlProperty(isAttribute = true, localName = "condition")
        private String condition;
        @JsonProperty("fulfillmentChannel")
        @JacksonXmlProperty(isAttribute = true, localName = "fulfillmentChannel")
        private String fulfillmentChannel;
        @JsonProperty("LandedPrice")
        private Money landedPrice;
        @JsonProperty("ListingPrice")
        private Money listingPrice;
        @JsonProperty("Shipping")
        private Money shipping;
        @JsonProperty("Points")
        private Price.Points points;

        public String condition() {
            return condition;
        }

        public String fulfillmentChannel() {
            return fulfillmentChannel;
        }

        public Money landedPrice() {
            return landedPrice;
        }

        public Money listingPrice() {
            return listingPrice;
        }

        public Money shipping() {
            return shipping;
        }

        public Price.Points points() {
            return points;
        }

        @Override
        Object[] parts() {
            return new Object[] {condition, fulfillmentChannel, landedPrice, listingPrice, shipping, points};
        }
    }

    public String marketplaceId() {
        return marketplaceId;
    }

    /** The SellerSKU asked about (ForSKU). */
    public String sellerSku() {
        return sellerSku;
    }

    /** The ASIN asked about (ForASIN). */
    public String asin() {
        return asin;
    }

    public String itemCondition() {
        return itemCondition;
    }

    public String statusAsString() {
        return status;
    }

    public ResultStatus status() {
        return ResultStatus.fromValue(status);
    }

    public Identifier identifier() {
        return identifier;
    }

    public Summary summary() {
        return summary;
    }

    /** The cheapest offers of the condition asked for, cheapest first. */
    public List<LowestPricedOffer> offers() {
        return offers == null ? List.of() : List.copyOf(offers);
    }


    public ProductError error() {
        return error;
    }

    @Override
    Object[] parts() {
        return new Object[] {marketplaceId, sellerSku, asin, itemCondition, status, identifier, summary, offers(), error};
    }
}
