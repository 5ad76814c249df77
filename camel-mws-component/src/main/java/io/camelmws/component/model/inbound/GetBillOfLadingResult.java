package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GetBillOfLading: the bill of lading of a confirmed, Amazon-partnered less-than-truckload shipment, as a ZIP file
 * holding a PDF, in base64, and its MD5 checksum.
 */
public record GetBillOfLadingResult(@JsonProperty("TransportDocument") TransportDocument transportDocument) {
}
