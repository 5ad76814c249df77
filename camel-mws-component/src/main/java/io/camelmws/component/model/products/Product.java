package io.camelmws.component.model.products;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * A product as the Products answers describe it: its identifiers, and what the operation adds: attribute sets and
 * relationships (the catalog operations, whose attributes MWS writes in the {@code ns2} namespace), sales rankings,
 * competitive pricing, lowest offer listings, or the seller's own offers (GetMyPrice).
 */
public record Product(
        @JsonProperty("Identifiers") Identifiers identifiers,
        @JsonProperty("AttributeSets")
        @JacksonXmlElementWrapper(localName = "AttributeSets")
        List<ItemAttributes> attributeSets,
        @JsonProperty("Relationships") Relationships relationships,
        @JsonProperty("CompetitivePricing") CompetitivePricing competitivePricing,
        @JsonProperty("SalesRankings")
        @JacksonXmlElementWrapper(localName = "SalesRankings")
        List<SalesRank> salesRankings,
        @JsonProperty("LowestOfferListings")
        @JacksonXmlElementWrapper(localName = "LowestOfferListings")
        List<LowestOfferListing> lowestOfferListings,
        @JsonProperty("Offers")
        @JacksonXmlElementWrapper(localName = "Offers")
        List<MyOffer> offers) {

    public Product {
        attributeSets = attributeSets == null ? List.of() : List.copyOf(attributeSets);
        salesRankings = salesRankings == null ? List.of() : List.copyOf(salesRankings);
        lowestOfferListings = lowestOfferListings == null ? List.of() : List.copyOf(lowestOfferListings);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** The first attribute set ({@code ns2:ItemAttributes}), or null when the operation sends none. */
    public ItemAttributes itemAttributes() {
        return attributeSets.isEmpty() ? null : attributeSets.get(0);
    }

    /** The product's ASIN in its marketplace. */
    public String asin() {
        return identifiers == null || identifiers.marketplaceAsin() == null ? null : identifiers.marketplaceAsin().asin();
    }
}
