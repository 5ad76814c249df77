package io.camelmws.sandbox.invoicing;

import io.camelmws.sandbox.webservice.ProcessingTimes;
import java.time.Instant;

/**
 * An invoice submitted for a shipment, and its InvoiceStatus at an instant: {@code Processing} until the
 * processing time has passed, then {@code Accepted}, or {@code Errored} when the body was not a well-formed XML
 * document (the NF-e the Brazilian tax authority issues is one).
 */
record InvoiceSubmission(String amazonShipmentId, Instant submittedAt, boolean wellFormed, long bytes) {

    String statusAt(Instant now, ProcessingTimes times) {
        if (now.isBefore(times.completedAt(submittedAt))) {
            return "Processing";
        }
        return wellFormed ? "Accepted" : "Errored";
    }
}
