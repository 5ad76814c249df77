package io.camelmws.component.model.outbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** An item a preview cannot fulfil, with the reasons (InvalidSKU, InventoryUnavailable...). */
public record UnfulfillablePreviewItem(
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("SellerFulfillmentOrderItemId") String sellerFulfillmentOrderItemId,
        @JsonProperty("ItemUnfulfillableReasons")
        @JacksonXmlElementWrapper(localName = "ItemUnfulfillableReasons")
        List<String> itemUnfulfillableReasons) {

    public UnfulfillablePreviewItem {
        itemUnfulfillableReasons = itemUnfulfillableReasons == null ? List.of() : List.copyOf(itemUnfulfillableReasons);
    }
}
