package io.camelmws.component.model.outbound;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/** A fulfilment order as GetFulfillmentOrder and ListAllFulfillmentOrders describe it; the window and COD charges only for Japan. */
public record FulfillmentOrder(
        @JsonProperty("SellerFulfillmentOrderId") String sellerFulfillmentOrderId,
        @JsonProperty("MarketplaceId") String marketplaceId,
        @JsonProperty("DisplayableOrderId") String displayableOrderId,
        @JsonProperty("DisplayableOrderDateTime") Instant displayableOrderDateTime,
        @JsonProperty("DisplayableOrderComment") String displayableOrderComment,
        @JsonProperty("ShippingSpeedCategory") String shippingSpeedCategory,
        @JsonProperty("DeliveryWindow") DeliveryWindow deliveryWindow,
        @JsonProperty("DestinationAddress") Address destinationAddress,
        @JsonProperty("FulfillmentAction") String fulfillmentAction,
        @JsonProperty("FulfillmentPolicy") String fulfillmentPolicy,
        @JsonProperty("FulfillmentMethod") String fulfillmentMethod,
        @JsonProperty("CODSettings") CodSettings codSettings,
        @JsonProperty("ReceivedDateTime") Instant receivedDateTime,
        @JsonProperty("FulfillmentOrderStatus") String fulfillmentOrderStatusAsString,
        @JsonProperty("StatusUpdatedDateTime") Instant statusUpdatedDateTime,
        @JsonProperty("NotificationEmailList")
        @JacksonXmlElementWrapper(localName = "NotificationEmailList")
        List<String> notificationEmailList) {

    public FulfillmentOrder {
        notificationEmailList = notificationEmailList == null ? List.of() : List.copyOf(notificationEmailList);
    }

    /** The status as an enum; {@link FulfillmentOrderStatus#UNKNOWN} for a status this version does not know. */
    public FulfillmentOrderStatus fulfillmentOrderStatus() {
        return FulfillmentOrderStatus.fromValue(fulfillmentOrderStatusAsString);
    }
}
