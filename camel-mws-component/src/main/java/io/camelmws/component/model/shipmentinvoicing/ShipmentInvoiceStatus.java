package io.camelmws.component.model.shipmentinvoicing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The invoice status of a shipment: {@code NotFound}, {@code Processing}, {@code Accepted} or {@code Errored}. */
public record ShipmentInvoiceStatus(
        @JsonProperty("AmazonShipmentId") String amazonShipmentId,
        @JsonProperty("InvoiceStatus") String invoiceStatus) {
}
