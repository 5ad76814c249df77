package io.camelmws.component.model.orders;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/**
 * One item of an order (ListOrderItems, ListOrderItemsByNextToken). Prices and taxes are null while the order is
 * Pending, as MWS withholds them; elements this model does not know (InvoiceData, BuyerCustomizedInfo) are ignored.
 */
public record OrderItem(
        @JsonProperty("ASIN") String asin,
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("OrderItemId") String orderItemId,
        @JsonProperty("Title") String title,
        @JsonProperty("QuantityOrdered") Integer quantityOrdered,
        @JsonProperty("QuantityShipped") Integer quantityShipped,
        @JsonProperty("PointsGranted") PointsGranted pointsGranted,
        @JsonProperty("ItemPrice") Money itemPrice,
        @JsonProperty("ShippingPrice") Money shippingPrice,
        @JsonProperty("GiftWrapPrice") Money giftWrapPrice,
        @JsonProperty("ItemTax") Money itemTax,
        @JsonProperty("ShippingTax") Money shippingTax,
        @JsonProperty("GiftWrapTax") Money giftWrapTax,
        @JsonProperty("ShippingDiscount") Money shippingDiscount,
        @JsonProperty("PromotionDiscount") Money promotionDiscount,
        @JsonProperty("PromotionIds")
        @JacksonXmlElementWrapper(localName = "PromotionIds")
        List<String> promotionIds,
        @JsonProperty("CODFee") Money codFee,
        @JsonProperty("CODFeeDiscount") Money codFeeDiscount,
        @JsonProperty("IsGift") Boolean isGift,
        @JsonProperty("GiftMessageText") String giftMessageText,
        @JsonProperty("GiftWrapLevel") String giftWrapLevel,
        @JsonProperty("ConditionNote") String conditionNote,
        @JsonProperty("ConditionId") String conditionId,
        @JsonProperty("ConditionSubtypeId") String conditionSubtypeId,
        @JsonProperty("ScheduledDeliveryStartDate") Instant scheduledDeliveryStartDate,
        @JsonProperty("ScheduledDeliveryEndDate") Instant scheduledDeliveryEndDate,
        @JsonProperty("PriceDesignation") String priceDesignation) {

    public OrderItem {
        promotionIds = promotionIds == null ? List.of() : List.copyOf(promotionIds);
    }
}
