package io.camelmws.component.model.finances;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * One order line in a shipment event (its charges, fees and promotions) or in a refund (the Adjustment lists).
 * Lists MWS did not send are empty.
 */
public record ShipmentItem(
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("OrderItemId") String orderItemId,
        @JsonProperty("OrderAdjustmentItemId") String orderAdjustmentItemId,
        @JsonProperty("QuantityShipped") Integer quantityShipped,
        @JsonProperty("ItemChargeList")
        @JacksonXmlElementWrapper(localName = "ItemChargeList")
        List<ChargeComponent> itemCharges,
        @JsonProperty("ItemChargeAdjustmentList")
        @JacksonXmlElementWrapper(localName = "ItemChargeAdjustmentList")
        List<ChargeComponent> itemChargeAdjustments,
        @JsonProperty("ItemFeeList")
        @JacksonXmlElementWrapper(localName = "ItemFeeList")
        List<FeeComponent> itemFees,
        @JsonProperty("ItemFeeAdjustmentList")
        @JacksonXmlElementWrapper(localName = "ItemFeeAdjustmentList")
        List<FeeComponent> itemFeeAdjustments,
        @JsonProperty("PromotionList")
        @JacksonXmlElementWrapper(localName = "PromotionList")
        List<Promotion> promotions,
        @JsonProperty("PromotionAdjustmentList")
        @JacksonXmlElementWrapper(localName = "PromotionAdjustmentList")
        List<Promotion> promotionAdjustments) {

    public ShipmentItem {
        itemCharges = itemCharges == null ? List.of() : List.copyOf(itemCharges);
        itemChargeAdjustments = itemChargeAdjustments == null ? List.of() : List.copyOf(itemChargeAdjustments);
        itemFees = itemFees == null ? List.of() : List.copyOf(itemFees);
        itemFeeAdjustments = itemFeeAdjustments == null ? List.of() : List.copyOf(itemFeeAdjustments);
        promotions = promotions == null ? List.of() : List.copyOf(promotions);
        promotionAdjustments = promotionAdjustments == null ? List.of() : List.copyOf(promotionAdjustments);
    }

    /** The sum of the charges (or charge adjustments) of {@code type}; zero when there is none. */
    public BigDecimal charged(ChargeType type) {
        return Stream.concat(itemCharges.stream(), itemChargeAdjustments.stream())
                .filter(charge -> charge.chargeType() == type && charge.chargeAmount() != null)
                .map(charge -> charge.chargeAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the fees (or fee adjustments) of {@code type}; zero when there is none. */
    public BigDecimal fee(FeeType type) {
        return Stream.concat(itemFees.stream(), itemFeeAdjustments.stream())
                .filter(fee -> fee.feeType() == type && fee.feeAmount() != null)
                .map(fee -> fee.feeAmount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
