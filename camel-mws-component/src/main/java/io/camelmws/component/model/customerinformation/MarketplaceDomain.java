package io.camelmws.component.model.customerinformation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A marketplace the customer is associated with, and since when. */
public record MarketplaceDomain(
        @JsonProperty("DomainName") String domainName,
        @JsonProperty("Origin") Boolean origin,
        @JsonProperty("AssociatedOn") Instant associatedOn,
        @JsonProperty("LastUpdatedOn") Instant lastUpdatedOn) {
}
