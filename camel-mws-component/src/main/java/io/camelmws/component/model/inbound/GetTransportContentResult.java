package io.camelmws.component.model.inbound;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

import io.camelmws.component.model.Money;

/**
 * GetTransportContent: the transport's header, its boxes or pallets, the partnered estimate and the transport status.
 */
public record GetTransportContentResult(@JsonProperty("TransportContent") TransportContent transportContent) {

    public record TransportContent(
            @JsonProperty("TransportHeader") TransportHeader transportHeader,
            @JsonProperty("TransportDetails") TransportDetails transportDetails,
            @JsonProperty("TransportResult") TransportResult transportResult) {
    }

    public record TransportHeader(
            @JsonProperty("SellerId") String sellerId,
            @JsonProperty("ShipmentId") String shipmentId,
            @JsonProperty("IsPartnered") Boolean isPartnered,
            @JsonProperty("ShipmentType") String shipmentType) {
    }

    /**
     * One of the four shapes is present, the others are {@code null}: small parcel (SP) or less than truckload
     * (LTL), by Amazon's partnered carrier or the seller's own.
     */
    public record TransportDetails(
            @JsonProperty("PartneredSmallParcelData") SmallParcelData partneredSmallParcelData,
            @JsonProperty("NonPartneredSmallParcelData") SmallParcelData nonPartneredSmallParcelData,
            @JsonProperty("PartneredLtlData") PartneredLtlData partneredLtlData,
            @JsonProperty("NonPartneredLtlData") NonPartneredLtlData nonPartneredLtlData) {
    }

    /** An LTL shipment by the seller's own carrier: its name and the PRO number it gave the shipment. */
    public record NonPartneredLtlData(
            @JsonProperty("CarrierName") String carrierName,
            @JsonProperty("ProNumber") String proNumber) {
    }

    public record SmallParcelData(
            @JsonProperty("PackageList")
            @JacksonXmlElementWrapper(localName = "PackageList")
            List<TransportPackage> packageList,
            @JsonProperty("PartneredEstimate") PartneredEstimate partneredEstimate) {

        public SmallParcelData {
            packageList = packageList == null ? List.of() : List.copyOf(packageList);
        }
    }

    /** What Amazon's partnered carrier charges, until when it can be confirmed and, once confirmed, voided. */
    public record PartneredEstimate(
            @JsonProperty("Amount") Money amount,
            @JsonProperty("ConfirmDeadline") Instant confirmDeadline,
            @JsonProperty("VoidDeadline") Instant voidDeadline) {
    }
}
