package io.camelmws.component.model.inbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListInboundShipmentItems or ...ByNextToken; NextToken while more follow. */
public record ListInboundShipmentItemsResult(
        @JsonProperty("ItemData")
        @JacksonXmlElementWrapper(localName = "ItemData")
        List<InboundShipmentItem> itemData,
        @JsonProperty("NextToken") String nextToken) {

    public ListInboundShipmentItemsResult {
        itemData = itemData == null ? List.of() : List.copyOf(itemData);
    }
}
