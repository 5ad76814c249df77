package io.camelmws.component.model.finances;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * The events of one page, by list. The lists of shipment-shaped events are typed; the other event lists MWS sends
 * (service fees, adjustments, product ads...) are not modelled yet and are ignored, never an error.
 */
public record FinancialEvents(
        @JsonProperty("ShipmentEventList")
        @JacksonXmlElementWrapper(localName = "ShipmentEventList")
        List<ShipmentEvent> shipmentEvents,
        @JsonProperty("RefundEventList")
        @JacksonXmlElementWrapper(localName = "RefundEventList")
        List<ShipmentEvent> refundEvents,
        @JsonProperty("GuaranteeClaimEventList")
        @JacksonXmlElementWrapper(localName = "GuaranteeClaimEventList")
        List<ShipmentEvent> guaranteeClaimEvents,
        @JsonProperty("ChargebackEventList")
        @JacksonXmlElementWrapper(localName = "ChargebackEventList")
        List<ShipmentEvent> chargebackEvents) {

    public FinancialEvents {
        shipmentEvents = shipmentEvents == null ? List.of() : List.copyOf(shipmentEvents);
        refundEvents = refundEvents == null ? List.of() : List.copyOf(refundEvents);
        guaranteeClaimEvents = guaranteeClaimEvents == null ? List.of() : List.copyOf(guaranteeClaimEvents);
        chargebackEvents = chargebackEvents == null ? List.of() : List.copyOf(chargebackEvents);
    }
}
