package io.camelmws.component.model.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Units of one kind of supply (in stock, inbound, in transfer) and when they can be picked (ResponseGroup=Detailed). */
public record SupplyDetail(
        @JsonProperty("Quantity") Integer quantity,
        @JsonProperty("SupplyType") String supplyTypeAsString,
        @JsonProperty("EarliestAvailableToPick") Timepoint earliestAvailableToPick,
        @JsonProperty("LatestAvailableToPick") Timepoint latestAvailableToPick) {

    /** {@link SupplyType#UNKNOWN} for a type this version does not know. */
    public SupplyType supplyType() {
        return SupplyType.fromValue(supplyTypeAsString);
    }
}
