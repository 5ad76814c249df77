package io.camelmws.component.model.inventory;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A page of ListInventorySupply or ListInventorySupplyByNextToken: one {@link InventorySupply} per SKU. */
public record ListInventorySupplyResult(
        @JsonProperty("MarketplaceId") String marketplaceId,
        @JsonProperty("InventorySupplyList")
        @JacksonXmlElementWrapper(localName = "InventorySupplyList")
        List<InventorySupply> inventorySupplies,
        @JsonProperty("NextToken") String nextToken) {

    public ListInventorySupplyResult {
        inventorySupplies = inventorySupplies == null ? List.of() : List.copyOf(inventorySupplies);
    }
}
