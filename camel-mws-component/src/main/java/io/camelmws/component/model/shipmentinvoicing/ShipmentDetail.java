package io.camelmws.component.model.shipmentinvoicing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** What an invoice for an FBA shipment needs: order, buyer, address and items. */
public record ShipmentDetail(
        @JsonProperty("WarehouseId") String warehouseId,
        @JsonProperty("AmazonOrderId") String amazonOrderId,
        @JsonProperty("AmazonShipmentId") String amazonShipmentId,
        @JsonProperty("PurchaseDate") Instant purchaseDate,
        @JsonProperty("PaymentMethodDetails")
        @JacksonXmlElementWrapper(localName = "PaymentMethodDetails")
        List<String> paymentMethodDetails,
        @JsonProperty("MarketplaceId") String marketplaceId,
        @JsonProperty("BuyerName") String buyerName,
        @JsonProperty("BuyerCounty") String buyerCounty,
        @JsonProperty("ShippingAddress") Address shippingAddress,
        @JsonProperty("ShipmentItems")
        @JacksonXmlElementWrapper(localName = "ShipmentItems")
        List<ShipmentItem> shipmentItems) {

    public ShipmentDetail {
        paymentMethodDetails = paymentMethodDetails == null ? List.of() : List.copyOf(paymentMethodDetails);
        shipmentItems = shipmentItems == null ? List.of() : List.copyOf(shipmentItems);
    }
}
