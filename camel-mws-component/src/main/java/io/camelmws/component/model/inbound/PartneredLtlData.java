package io.camelmws.component.model.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/**
 * GetTransportContent's details of a less-than-truckload (LTL) shipment moved by Amazon's partnered carrier: what the
 * seller sent in PutTransportContent (contact, boxes, pallets, weight, declared value, the day the freight is ready)
 * and what Amazon added (its valuation of the units, the pick-up and delivery previews, the freight class it uses, its
 * reference id, whether the bill of lading can be fetched with GetBillOfLading, and the estimate once made).
 *
 * @param freightReadyDate the day as sent, {@code YYYY-MM-DD}; see {@link #freightReadyDay()}
 * @param previewFreightClass the NMFC class Amazon uses: the seller's, or its own estimate when the seller gave none
 */
public record PartneredLtlData(
        @JsonProperty("Contact") Contact contact,
        @JsonProperty("BoxCount") Integer boxCount,
        @JsonProperty("SellerFreightClass") String sellerFreightClass,
        @JsonProperty("FreightReadyDate") String freightReadyDate,
        @JsonProperty("PalletList")
        @JacksonXmlElementWrapper(localName = "PalletList")
        List<Pallet> palletList,
        @JsonProperty("TotalWeight") TransportPackage.Weight totalWeight,
        @JsonProperty("SellerDeclaredValue") Money sellerDeclaredValue,
        @JsonProperty("AmazonCalculatedValue") Money amazonCalculatedValue,
        @JsonProperty("PreviewPickupDate") Instant previewPickupDate,
        @JsonProperty("PreviewDeliveryDate") Instant previewDeliveryDate,
        @JsonProperty("PreviewFreightClass") String previewFreightClass,
        @JsonProperty("AmazonReferenceId") String amazonReferenceId,
        @JsonProperty("IsBillOfLadingAvailable") Boolean isBillOfLadingAvailable,
        @JsonProperty("PartneredEstimate") GetTransportContentResult.PartneredEstimate partneredEstimate,
        @JsonProperty("CarrierName") String carrierName) {

    public PartneredLtlData {
        palletList = palletList == null ? List.of() : List.copyOf(palletList);
    }

    /** {@link #freightReadyDate()} as a date; {@code null} when it was not sent. */
    @JsonIgnore
    public LocalDate freightReadyDay() {
        return freightReadyDate == null ? null : LocalDate.parse(freightReadyDate.trim());
    }

    /** The seller's person the carrier calls about the shipment. */
    public record Contact(
            @JsonProperty("Name") String name,
            @JsonProperty("Phone") String phone,
            @JsonProperty("Email") String email,
            @JsonProperty("Fax") String fax) {
    }

    /** A pallet: 40 by 48 inches, its height, its weight if the seller gave it, and whether pallets are stacked. */
    public record Pallet(
            @JsonProperty("Dimensions") TransportPackage.Dimensions dimensions,
            @JsonProperty("Weight") TransportPackage.Weight weight,
            @JsonProperty("IsStacked") Boolean isStacked) {
    }
}
