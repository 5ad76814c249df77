package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetPalletLabels: labels for the pallets of a less-than-truckload shipment (four for each pallet), as a ZIP file
 * holding a PDF, in base64, and its MD5 checksum.
 */
public record GetPalletLabelsResult(@JsonProperty("TransportDocument") TransportDocument transportDocument) {
}
