package io.camelmws.sandbox.sellers;

import java.util.Objects;

/**
 * One Amazon marketplace as {@code ListMarketplaces/Marketplace} describes it (REFERENCE 3 for the ids).
 *
 * @param marketplaceId the MarketplaceId, e.g. {@code ATVPDKIKX0DER}
 * @param name          the marketplace name, also the SalesChannel of its orders, e.g. {@code Amazon.de}
 * @param countryCode   DefaultCountryCode (ISO 3166, so {@code GB} for the UK)
 * @param currencyCode  DefaultCurrencyCode (ISO 4217)
 * @param languageCode  DefaultLanguageCode, e.g. {@code de_DE}
 * @param domainName    DomainName, e.g. {@code www.amazon.de}
 */
public record Marketplace(String marketplaceId, String name, String countryCode, String currencyCode,
                          String languageCode, String domainName) {

    public Marketplace {
        Objects.requireNonNull(marketplaceId, "marketplaceId");
        Objects.requireNonNull(name, "name");
    }

    /** The SalesChannel orders of this marketplace carry; MWS uses the marketplace name. */
    public String salesChannel() {
        return name;
    }

    /** The anonymised buyer e-mail domain, e.g. {@code marketplace.amazon.de}. */
    public String buyerEmailDomain() {
        return "marketplace." + domainName.substring(domainName.indexOf('.') + 1);
    }
}
