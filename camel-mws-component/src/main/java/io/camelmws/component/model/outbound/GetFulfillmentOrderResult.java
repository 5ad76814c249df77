package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** GetFulfillmentOrder: the order, its items, its shipments and its returns. */
public record GetFulfillmentOrderResult(
        @JsonProperty("FulfillmentOrder") FulfillmentOrder fulfillmentOrder,
        @JsonProperty("FulfillmentOrderItem")
        @JacksonXmlElementWrapper(localName = "FulfillmentOrderItem")
        List<FulfillmentOrderItem> fulfillmentOrderItems,
        @JsonProperty("FulfillmentShipment")
        @JacksonXmlElementWrapper(localName = "FulfillmentShipment")
        List<FulfillmentShipment> fulfillmentShipments,
        @JsonProperty("ReturnItemList")
        @JacksonXmlElementWrapper(localName = "ReturnItemList")
        List<ReturnItem> returnItems,
        @JsonProperty("ReturnAuthorizationList")
        @JacksonXmlElementWrapper(localName = "ReturnAuthorizationList")
        List<ReturnAuthorization> returnAuthorizations) {

    public GetFulfillmentOrderResult {
        fulfillmentOrderItems = fulfillmentOrderItems == null ? List.of() : List.copyOf(fulfillmentOrderItems);
        fulfillmentShipments = fulfillmentShipments == null ? List.of() : List.copyOf(fulfillmentShipments);
        returnItems = returnItems == null ? List.of() : List.copyOf(returnItems);
        returnAuthorizations = returnAuthorizations == null ? List.of() : List.copyOf(returnAuthorizations);
    }
}
