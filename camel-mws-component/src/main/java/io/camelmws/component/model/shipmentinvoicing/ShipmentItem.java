package io.camelmws.component.model.shipmentinvoicing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import io.camelmws.component.model.Money;

/** An item of the shipment with its prices. */
public record ShipmentItem(
        @JsonProperty("ASIN") String asin,
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("OrderItemId") String orderItemId,
        @JsonProperty("Title") String title,
        @JsonProperty("QuantityOrdered") Integer quantityOrdered,
        @JsonProperty("ItemPrice") Money itemPrice,
        @JsonProperty("ShippingPrice") Money shippingPrice,
        @JsonProperty("GiftWrapPrice") Money giftWrapPrice,
        @JsonProperty("ShippingDiscount") Money shippingDiscount,
        @JsonProperty("PromotionDiscount") Money promotionDiscount,
        @JsonProperty("SerialNumbers")
        @JacksonXmlElementWrapper(localName = "SerialNumbers")
        List<String> serialNumbers) {

    public ShipmentItem {
        serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
    }
}
