package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.orders.Listing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * What Multi-Channel Fulfillment charges and how much the seller's products weigh: shipping weights by kind of
 * product (the SKU's middle part, as in {@code CM-MUG-BLK}) and fees in US dollars converted at about the rates the
 * listing catalog prices with. Figures are of the size MCF charged, not its tariff.
 */
final class Fees {

    /** Shipping weight per unit, kilograms. */
    private static final Map<String, BigDecimal> WEIGHT_KG = Map.of(
            "BOTTLE", new BigDecimal("0.45"), "TOTE", new BigDecimal("0.20"), "MUG", new BigDecimal("0.50"),
            "BEANIE", new BigDecimal("0.15"), "LAMP", new BigDecimal("1.20"), "BOARD", new BigDecimal("1.00"),
            "YOGA", new BigDecimal("1.30"), "NOTE", new BigDecimal("0.30"), "BUDS", new BigDecimal("0.25"),
            "SKILLET", new BigDecimal("2.60"));
    private static final BigDecimal DEFAULT_WEIGHT_KG = new BigDecimal("0.50");

    private static final Map<String, BigDecimal> PER_DOLLAR = Map.of(
            "USD", BigDecimal.ONE, "CAD", new BigDecimal("1.35"), "MXN", new BigDecimal("17.5"),
            "EUR", new BigDecimal("0.95"), "GBP", new BigDecimal("0.82"), "JPY", new BigDecimal("150"));

    static final BigDecimal PER_UNIT_USD = new BigDecimal("2.50");
    static final BigDecimal PER_KG_USD = new BigDecimal("0.60");
    static final BigDecimal PER_ORDER_USD = new BigDecimal("1.00");
    static final BigDecimal TRANSPORT_PER_KG_USD = new BigDecimal("0.50");

    private Fees() {
    }

    static BigDecimal weightKg(String sellerSku) {
        String[] parts = sellerSku.split("-");
        return parts.length > 1 ? WEIGHT_KG.getOrDefault(parts[1], DEFAULT_WEIGHT_KG) : DEFAULT_WEIGHT_KG;
    }

    static BigDecimal weightKg(Listing listing) {
        return weightKg(listing.sellerSku());
    }

    /** {@code dollars} in {@code currencyCode}, with its decimals. */
    static BigDecimal convert(BigDecimal dollars, String currencyCode) {
        int decimals = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return dollars.multiply(PER_DOLLAR.getOrDefault(currencyCode, BigDecimal.ONE))
                .setScale(decimals, RoundingMode.HALF_UP);
    }
}
