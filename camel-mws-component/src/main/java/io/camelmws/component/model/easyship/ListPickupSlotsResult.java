package io.camelmws.component.model.easyship;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The pickup slots open to an order. */
public record ListPickupSlotsResult(
        @JsonProperty("AmazonOrderId") String amazonOrderId,
        @JsonProperty("PickupSlotList")
        @JacksonXmlElementWrapper(localName = "PickupSlotList")
        List<PickupSlot> pickupSlots) {

    public ListPickupSlotsResult {
        pickupSlots = pickupSlots == null ? List.of() : List.copyOf(pickupSlots);
    }
}
