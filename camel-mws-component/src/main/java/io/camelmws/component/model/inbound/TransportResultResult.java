package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of PutTransportContent, EstimateTransportRequest, ConfirmTransportRequest and VoidTransportRequest:
 * the transport status the request left (ESTIMATING, CONFIRMING, VOIDING: Amazon finishes asynchronously).
 */
public record TransportResultResult(@JsonProperty("TransportResult") TransportResult transportResult) {
}
