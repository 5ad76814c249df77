package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a transport request stands. */
public record TransportResult(@JsonProperty("TransportStatus") String transportStatusAsString) {

    /** The status as an enum; {@link TransportStatus#UNKNOWN} for a status this version does not know. */
    public TransportStatus transportStatus() {
        return TransportStatus.fromValue(transportStatusAsString);
    }
}
