package io.camelmws.component.catalog;

import java.util.List;

/**
 * An Amazon marketplace: its two-letter code, MarketplaceId, region, MWS endpoint and the charset MWS
 * expects for flat-file feeds there.
 */
public record Marketplace(String code, String id, String region, String endpoint, String flatFileCharset, List<String> aliases) {
}
