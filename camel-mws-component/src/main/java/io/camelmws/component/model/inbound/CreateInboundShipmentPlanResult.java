package io.camelmws.component.model.inbound;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The shipments a CreateInboundShipmentPlan split the SKUs into, one per destination fulfilment centre. */
public record CreateInboundShipmentPlanResult(
        @JsonProperty("InboundShipmentPlans")
        @JacksonXmlElementWrapper(localName = "InboundShipmentPlans")
        List<InboundShipmentPlan> inboundShipmentPlans) {

    public CreateInboundShipmentPlanResult {
        inboundShipmentPlans = inboundShipmentPlans == null ? List.of() : List.copyOf(inboundShipmentPlans);
    }
}
