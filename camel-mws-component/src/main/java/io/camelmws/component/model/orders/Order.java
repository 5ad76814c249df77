package io.camelmws.component.model.orders;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/**
 * One order of the Orders section (ListOrders, ListOrdersByNextToken, GetOrder). Elements MWS did not send are
 * null (MWS withholds the buyer, the address and the total of Pending orders); elements this model does not know are
 * ignored. Values from closed lists are kept as MWS sent them ({@code ...AsString()}) and offered as enums.
 * PurchaseDate and LastUpdateDate keep the milliseconds recent answers carried; EarliestDeliveryDate and
 * LatestDeliveryDate come only for seller-fulfilled orders past Pending.
 * The consumer's includeItems=true attaches the order's items (ListOrderItems); they are empty otherwise.
 */
public record Order(
        @JsonProperty("AmazonOrderId") String amazonOrderId,
        @JsonProperty("SellerOrderId") String sellerOrderId,
        @JsonProperty("PurchaseDate") Instant purchaseDate,
        @JsonProperty("LastUpdateDate") Instant lastUpdateDate,
        @JsonProperty("OrderStatus") String orderStatusAsString,
        @JsonProperty("FulfillmentChannel") String fulfillmentChannelAsString,
        @JsonProperty("SalesChannel") String salesChannel,
        @JsonProperty("OrderChannel") String orderChannel,
        @JsonProperty("ShipServiceLevel") String shipServiceLevel,
        @JsonProperty("ShippingAddress") Address shippingAddress,
        @JsonProperty("OrderTotal") Money orderTotal,
        @JsonProperty("NumberOfItemsShipped") Integer numberOfItemsShipped,
        @JsonProperty("NumberOfItemsUnshipped") Integer numberOfItemsUnshipped,
        @JsonProperty("PaymentExecutionDetail")
        @JacksonXmlElementWrapper(localName = "PaymentExecutionDetail")
        List<PaymentExecutionDetailItem> paymentExecutionDetail,
        @JsonProperty("PaymentMethod") String paymentMethodAsString,
        @JsonProperty("PaymentMethodDetails")
        @JacksonXmlElementWrapper(localName = "PaymentMethodDetails")
        List<String> paymentMethodDetails,
        @JsonProperty("MarketplaceId") String marketplaceId,
        @JsonProperty("BuyerEmail") String buyerEmail,
        @JsonProperty("BuyerName") String buyerName,
        @JsonProperty("BuyerCounty") String buyerCounty,
        @JsonProperty("ShipmentServiceLevelCategory") String shipmentServiceLevelCategory,
        @JsonProperty("ShippedByAmazonTFM") Boolean shippedByAmazonTfm,
        @JsonProperty("TFMShipmentStatus") String tfmShipmentStatus,
        @JsonProperty("CbaDisplayableShippingLabel") String cbaDisplayableShippingLabel,
        @JsonProperty("OrderType") String orderTypeAsString,
        @JsonProperty("EarliestShipDate") Instant earliestShipDate,
        @JsonProperty("LatestShipDate") Instant latestShipDate,
        @JsonProperty("EarliestDeliveryDate") Instant earliestDeliveryDate,
        @JsonProperty("LatestDeliveryDate") Instant latestDeliveryDate,
        @JsonProperty("IsBusinessOrder") Boolean isBusinessOrder,
        @JsonProperty("PurchaseOrderNumber") String purchaseOrderNumber,
        @JsonProperty("IsPrime") Boolean isPrime,
        @JsonProperty("IsPremiumOrder") Boolean isPremiumOrder,
        @JsonProperty("IsGlobalExpressEnabled") Boolean isGlobalExpressEnabled,
        @JsonProperty("ReplacedOrderId") String replacedOrderId,
        @JsonProperty("IsReplacementOrder") Boolean isReplacementOrder,
        @JsonProperty("IsSoldByAB") Boolean isSoldByAB,
        @JsonProperty("IsISPU") Boolean isIspu,
        // Not in MWS's answers: left out of the JSON unless the consumer attached items.
        @JsonProperty("OrderItems")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JacksonXmlElementWrapper(localName = "OrderItems")
        List<OrderItem> orderItems) {

    public Order {
        // MWS's Order has no items; the consumer attaches them with includeItems=true, else the list is empty.
        orderItems = orderItems == null ? List.of() : List.copyOf(orderItems);
        paymentExecutionDetail = paymentExecutionDetail == null ? List.of() : List.copyOf(paymentExecutionDetail);
        paymentMethodDetails = paymentMethodDetails == null ? List.of() : List.copyOf(paymentMethodDetails);
    }

    /** The status as an enum; {@link OrderStatus#UNKNOWN} for a status this version does not know (see {@link #orderStatusAsString()}). */
    public OrderStatus orderStatus() {
        return OrderStatus.fromValue(orderStatusAsString);
    }

    public FulfillmentChannel fulfillmentChannel() {
        return FulfillmentChannel.fromValue(fulfillmentChannelAsString);
    }

    public PaymentMethod paymentMethod() {
        return PaymentMethod.fromValue(paymentMethodAsString);
    }

    public OrderType orderType() {
        return OrderType.fromValue(orderTypeAsString);
    }
}
