package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where returned units go: the fulfilment centre, its address and the RMA. */
public record ReturnAuthorization(
        @JsonProperty("ReturnAuthorizationId") String returnAuthorizationId,
        @JsonProperty("FulfillmentCenterId") String fulfillmentCenterId,
        @JsonProperty("ReturnToAddress") Address returnToAddress,
        @JsonProperty("AmazonRmaId") String amazonRmaId,
        @JsonProperty("RmaPageURL") String rmaPageUrl) {
}
