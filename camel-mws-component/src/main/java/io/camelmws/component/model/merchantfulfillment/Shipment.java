package io.camelmws.component.model.merchantfulfillment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/** A shipment whose label was bought: CreateShipment, GetShipment and CancelShipment answer it. */
public record Shipment(
        @JsonProperty("ShipmentId") String shipmentId,
        @JsonProperty("AmazonOrderId") String amazonOrderId,
        @JsonProperty("SellerOrderId") String sellerOrderId,
        @JsonProperty("ItemList")
        @JacksonXmlElementWrapper(localName = "ItemList")
        List<Item> items,
        @JsonProperty("ShipFromAddress") Address shipFromAddress,
        @JsonProperty("ShipToAddress") Address shipToAddress,
        @JsonProperty("PackageDimensions") PackageDimensions packageDimensions,
        @JsonProperty("Weight") Weight weight,
        @JsonProperty("Insurance") Money insurance,
        @JsonProperty("ShippingService") ShippingService shippingService,
        @JsonProperty("Label") Label label,
        @JsonProperty("Status") String statusAsString,
        @JsonProperty("TrackingId") String trackingId,
        @JsonProperty("CreatedDate") Instant createdDate,
        @JsonProperty("LastUpdatedDate") Instant lastUpdatedDate) {

    public Shipment {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public ShipmentStatus status() {
        return ShipmentStatus.fromValue(statusAsString);
    }
}
