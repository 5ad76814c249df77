package io.camelmws.component.model.recommendations;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The item a recommendation is about. */
public record ItemIdentifier(
        @JsonProperty("Asin") String asin,
        @JsonProperty("Sku") String sku,
        @JsonProperty("Upc") String upc) {
}
