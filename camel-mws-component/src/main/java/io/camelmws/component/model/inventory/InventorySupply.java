package io.camelmws.component.model.inventory;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/**
 * The FBA supply of one SKU. A SKU without FBA stock comes back with its SellerSKU and zero quantities only;
 * {@link #supplyDetail()} is empty unless ResponseGroup=Detailed was asked for.
 */
public record InventorySupply(
        @JsonProperty("SellerSKU") String sellerSku,
        @JsonProperty("FNSKU") String fnsku,
        @JsonProperty("ASIN") String asin,
        @JsonProperty("Condition") String conditionAsString,
        @JsonProperty("TotalSupplyQuantity") Integer totalSupplyQuantity,
        @JsonProperty("InStockSupplyQuantity") Integer inStockSupplyQuantity,
        @JsonProperty("EarliestAvailability") Timepoint earliestAvailability,
        @JsonProperty("SupplyDetail")
        @JacksonXmlElementWrapper(localName = "SupplyDetail")
        List<SupplyDetail> supplyDetail) {

    public InventorySupply {
        supplyDetail = supplyDetail == null ? List.of() : List.copyOf(supplyDetail);
    }

    /** {@link ItemCondition#UNKNOWN} for a condition this version does not know; null when MWS sent none. */
    public ItemCondition condition() {
        return ItemCondition.fromValue(conditionAsString);
    }
}
