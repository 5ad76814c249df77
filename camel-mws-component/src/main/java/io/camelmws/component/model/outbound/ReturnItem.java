package io.camelmws.component.model.outbound;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A return of one unit: New once authorised, Processed once the fulfilment centre received it. */
public record ReturnItem(
        @JsonProperty("SellerReturnItemId") String sellerReturnItemId,
        @JsonProperty("SellerFulfillmentOrderItemId") String sellerFulfillmentOrderItemId,
        @JsonProperty("AmazonShipmentId") String amazonShipmentId,
        @JsonProperty("SellerReturnReasonCode") String sellerReturnReasonCode,
        @JsonProperty("ReturnComment") String returnComment,
        @JsonProperty("AmazonReturnReasonCode") String amazonReturnReasonCode,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusChangedDate") Instant statusChangedDate,
        @JsonProperty("ReturnAuthorizationId") String returnAuthorizationId,
        @JsonProperty("ReturnReceivedCondition") String returnReceivedCondition,
        @JsonProperty("FulfillmentCenterId") String fulfillmentCenterId) {
}
