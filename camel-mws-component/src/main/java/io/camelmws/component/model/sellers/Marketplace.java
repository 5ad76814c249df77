package io.camelmws.component.model.sellers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A marketplace the seller participates in, as {@code ListMarketplaces/Marketplace} describes it. */
public record Marketplace(
        @JsonProperty("MarketplaceId") String marketplaceId,
        @JsonProperty("Name") String name,
        @JsonProperty("DefaultCountryCode") String defaultCountryCode,
        @JsonProperty("DefaultCurrencyCode") String defaultCurrencyCode,
        @JsonProperty("DefaultLanguageCode") String defaultLanguageCode,
        @JsonProperty("DomainName") String domainName) {
}
