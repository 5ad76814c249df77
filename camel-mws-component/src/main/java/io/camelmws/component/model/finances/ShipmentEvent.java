package io.camelmws.component.model.finances;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * An event about one order's shipment: in ShipmentEventList the parcel's money ({@link #shipmentItems()}), in
 * RefundEventList (and the guarantee-claim and chargeback lists) its adjustments ({@link #shipmentItemAdjustments()}).
 */
public record ShipmentEvent(
        @JsonProperty("AmazonOrderId") String amazonOrderId,
        @JsonProperty("SellerOrderId") String sellerOrderId,
        @JsonProperty("MarketplaceName") String marketplaceName,
        @JsonProperty("OrderChargeList")
        @JacksonXmlElementWrapper(localName = "OrderChargeList")
        List<ChargeComponent> orderCharges,
        @JsonProperty("ShipmentFeeList")
        @JacksonXmlElementWrapper(localName = "ShipmentFeeList")
        List<FeeComponent> shipmentFees,
        @JsonProperty("OrderFeeList")
        @JacksonXmlElementWrapper(localName = "OrderFeeList")
        List<FeeComponent> orderFees,
        @JsonProperty("PostedDate") Instant postedDate,
        @JsonProperty("ShipmentItemList")
        @JacksonXmlElementWrapper(localName = "ShipmentItemList")
        List<ShipmentItem> shipmentItems,
        @JsonProperty("ShipmentItemAdjustmentList")
        @JacksonXmlElementWrapper(localName = "ShipmentItemAdjustmentList")
        List<ShipmentItem> shipmentItemAdjustments) {

    public ShipmentEvent {
        orderCharges = orderCharges == null ? List.of() : List.copyOf(orderCharges);
        shipmentFees = shipmentFees == null ? List.of() : List.copyOf(shipmentFees);
        orderFees = orderFees == null ? List.of() : List.copyOf(orderFees);
        shipmentItems = shipmentItems == null ? List.of() : List.copyOf(shipmentItems);
        shipmentItemAdjustments = shipmentItemAdjustments == null ? List.of() : List.copyOf(shipmentItemAdjustments);
    }
}
