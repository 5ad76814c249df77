package io.camelmws.sandbox.sellers;

import java.util.List;
import java.util.Optional;

/**
 * The marketplaces the sandbox's seller participates in: a unified North American and European account plus
 * Japan. Their order is fixed; the order book and the Sellers section both use it.
 */
public final class Marketplaces {

    public static final Marketplace US = new Marketplace("ATVPDKIKX0DER", "Amazon.com", "US", "USD", "en_US",
            "www.amazon.com");
    public static final Marketplace CA = new Marketplace("A2EUQ1WTGCTBG2", "Amazon.ca", "CA", "CAD", "en_CA",
            "www.amazon.ca");
    public static final Marketplace MX = new Marketplace("A1AM78C64UM0Y8", "Amazon.com.mx", "MX", "MXN", "es_MX",
            "www.amazon.com.mx");
    public static final Marketplace DE = new Marketplace("A1PA6795UKMFR9", "Amazon.de", "DE", "EUR", "de_DE",
            "www.amazon.de");
    public static final Marketplace UK = new Marketplace("A1F83G8C2ARO7P", "Amazon.co.uk", "GB", "GBP", "en_GB",
            "www.amazon.co.uk");
    public static final Marketplace FR = new Marketplace("A13V1IB3VIYZZH", "Amazon.fr", "FR", "EUR", "fr_FR",
            "www.amazon.fr");
    public static final Marketplace IT = new Marketplace("APJ6JRA9NG5V4", "Amazon.it", "IT", "EUR", "it_IT",
            "www.amazon.it");
    public static final Marketplace ES = new Marketplace("A1RKKUPIHCS9HS", "Amazon.es", "ES", "EUR", "es_ES",
            "www.amazon.es");
    public static final Marketplace JP = new Marketplace("A1VC38T7YXB528", "Amazon.co.jp", "JP", "JPY", "ja_JP",
            "www.amazon.co.jp");

    private static final List<Marketplace> SELLER = List.of(US, CA, MX, DE, UK, FR, IT, ES, JP);

    private Marketplaces() {
    }

    /** Every marketplace the seller participates in, in a fixed order. */
    public static List<Marketplace> seller() {
        return SELLER;
    }

    /** The seller's marketplace with this MarketplaceId. */
    public static Optional<Marketplace> byId(String marketplaceId) {
        int index = indexOf(marketplaceId);
        return index < 0 ? Optional.empty() : Optional.of(SELLER.get(index));
    }

    /** Position of the marketplace in {@link #seller()}, or -1 when the seller does not participate in it. */
    public static int indexOf(String marketplaceId) {
        for (int i = 0; i < SELLER.size(); i++) {
            if (SELLER.get(i).marketplaceId().equals(marketplaceId)) {
                return i;
            }
        }
        return -1;
    }

    /** The MarketplaceIds, comma separated, for error messages that say what is allowed. */
    public static String allowedIds() {
        StringBuilder ids = new StringBuilder();
        for (Marketplace marketplace : SELLER) {
            ids.append(ids.length() == 0 ? "" : ", ").append(marketplace.marketplaceId())
                    .append(" (").append(marketplace.countryCode()).append(')');
        }
        return ids.toString();
    }
}
