package io.camelmws.component.model.easyship;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** A package scheduled for pickup. */
public record ScheduledPackage(
        @JsonProperty("ScheduledPackageId") ScheduledPackageId scheduledPackageId,
        @JsonProperty("PackageDimensions") Dimensions packageDimensions,
        @JsonProperty("PackageWeight") Weight packageWeight,
        @JsonProperty("PackageItemList")
        @JacksonXmlElementWrapper(localName = "PackageItemList")
        List<Item> items,
        @JsonProperty("PackagePickupSlot") PickupSlot pickupSlot,
        @JsonProperty("PackageIdentifier") String packageIdentifier,
        @JsonProperty("Invoice") InvoiceData invoice,
        @JsonProperty("PackageStatus") String packageStatus) {

    public ScheduledPackage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
