package io.camelmws.component.model.products;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** An offer's price: landed (listing plus shipping less points), listing, shipping and, in Japan, points. */
public record Price(
        @JsonProperty("LandedPrice") Money landedPrice,
        @JsonProperty("ListingPrice") Money listingPrice,
        @JsonProperty("Shipping") Money shipping,
        @JsonProperty("Points") Points points) {

    /** Amazon points granted with a purchase (Japan). */
    public record Points(@JsonProperty("PointsNumber") Integer pointsNumber,
                         @JsonProperty("PointsMonetaryValue") Money pointsMonetaryValue) {
    }
}
