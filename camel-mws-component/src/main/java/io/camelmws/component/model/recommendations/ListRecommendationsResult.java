package io.camelmws.component.model.recommendations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListRecommendations or ListRecommendationsByNextToken: each category's recommendations in its own list. */
public record ListRecommendationsResult(
        @JsonProperty("InventoryRecommendations")
        @JacksonXmlElementWrapper(localName = "InventoryRecommendations")
        List<InventoryRecommendation> inventoryRecommendations,
        @JsonProperty("SelectionRecommendations")
        @JacksonXmlElementWrapper(localName = "SelectionRecommendations")
        List<ProductRecommendation> selectionRecommendations,
        @JsonProperty("PricingRecommendations")
        @JacksonXmlElementWrapper(localName = "PricingRecommendations")
        List<PricingRecommendation> pricingRecommendations,
        @JsonProperty("FulfillmentRecommendations")
        @JacksonXmlElementWrapper(localName = "FulfillmentRecommendations")
        List<ProductRecommendation> fulfillmentRecommendations,
        @JsonProperty("ListingQualityRecommendations")
        @JacksonXmlElementWrapper(localName = "ListingQualityRecommendations")
        List<ListingQualityRecommendation> listingQualityRecommendations,
        @JsonProperty("GlobalSellingRecommendations")
        @JacksonXmlElementWrapper(localName = "GlobalSellingRecommendations")
        List<ProductRecommendation> globalSellingRecommendations,
        @JsonProperty("AdvertisingRecommendations")
        @JacksonXmlElementWrapper(localName = "AdvertisingRecommendations")
        List<ProductRecommendation> advertisingRecommendations,
        @JsonProperty("NextToken") String nextToken) {

    public ListRecommendationsResult {
        inventoryRecommendations = inventoryRecommendations == null ? List.of() : List.copyOf(inventoryRecommendations);
        selectionRecommendations = selectionRecommendations == null ? List.of() : List.copyOf(selectionRecommendations);
        pricingRecommendations = pricingRecommendations == null ? List.of() : List.copyOf(pricingRecommendations);
        fulfillmentRecommendations = fulfillmentRecommendations == null ? List.of() : List.copyOf(fulfillmentRecommendations);
        listingQualityRecommendations = listingQualityRecommendations == null ? List.of() : List.copyOf(listingQualityRecommendations);
        globalSellingRecommendations = globalSellingRecommendations == null ? List.of() : List.copyOf(globalSellingRecommendations);
        advertisingRecommendations = advertisingRecommendations == null ? List.of() : List.copyOf(advertisingRecommendations);
    }
}
