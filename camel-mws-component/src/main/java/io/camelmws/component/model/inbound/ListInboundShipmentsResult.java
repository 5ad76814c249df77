package io.camelmws.component.model.inbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListInboundShipments or ...ByNextToken; NextToken while more follow. */
public record ListInboundShipmentsResult(
        @JsonProperty("ShipmentData")
        @JacksonXmlElementWrapper(localName = "ShipmentData")
        List<InboundShipmentInfo> shipmentData,
        @JsonProperty("NextToken") String nextToken) {

    public ListInboundShipmentsResult {
        shipmentData = shipmentData == null ? List.of() : List.copyOf(shipmentData);
    }
}
