package io.camelmws.component.model.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.camelmws.component.model.Money;

/** Amazon Points granted with an item (JP). */
public record PointsGranted(
        @JsonProperty("PointsNumber") Integer pointsNumber,
        @JsonProperty("PointsMonetaryValue") Money pointsMonetaryValue) {
}
