package io.camelmws.component.model.outbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A return CreateFulfillmentReturn refused, and why (InvalidItemReason: code and description). */
public record InvalidReturnItem(
        @JsonProperty("SellerReturnItemId") String sellerReturnItemId,
        @JsonProperty("SellerFulfillmentOrderItemId") String sellerFulfillmentOrderItemId,
        @JsonProperty("InvalidItemReason") InvalidItemReason invalidItemReason) {

    /** Why a return was refused: DuplicateRequest, InvalidValues, NoCompletedShipItems, NoReturnableQuantity... */
    public record InvalidItemReason(
            @JsonProperty("InvalidItemReasonCode") String invalidItemReasonCode,
            @JsonProperty("Description") String description) {
    }
}
