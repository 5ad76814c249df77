package io.camelmws.component.model.easyship;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The invoice of a package. */
public record InvoiceData(
        @JsonProperty("InvoiceNumber") String invoiceNumber,
        @JsonProperty("InvoiceDate") Instant invoiceDate) {
}
