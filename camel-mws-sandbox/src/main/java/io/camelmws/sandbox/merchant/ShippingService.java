package io.camelmws.sandbox.merchant;

import io.camelmws.sandbox.webservice.StableRandom;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A carrier service Buy Shipping offered in a country, with what it charges (a base rate and a rate per ounce, in
 * the marketplace's currency), its weight limit and its transit time. Service ids and names are those of the
 * MerchantFulfillment samples (UPS_PTP_GND, FEDEX_PTP_PRIORITY_OVERNIGHT) and of the carriers of each country.
 */
record ShippingService(String id, String name, String carrier, BigDecimal base, BigDecimal perOunce,
                       BigDecimal maxOunces, int transitDays) {

    /** An offer of this service for one package, as GetEligibleShippingServices lists it. */
    record Offer(ShippingService service, BigDecimal rate, String currencyCode, Instant shipDate,
                 Instant earliestDelivery, Instant latestDelivery, String offerId) {
    }

    private static ShippingService of(String id, String name, String carrier, String base, String perOunce,
                                      int maxOunces, int transitDays) {
        return new ShippingService(id, name, carrier, new BigDecimal(base), new BigDecimal(perOunce),
                BigDecimal.valueOf(maxOunces), transitDays);
    }

    private static final Map<String, List<ShippingService>> BY_COUNTRY = Map.of(
            "US", List.of(
                    of("USPS_PTP_FC", "USPS First Class Mail", "USPS", "3.20", "0.12", 15, 3),
                    of("USPS_PTP_PRI", "USPS Priority Mail", "USPS", "7.35", "0.05", 1120, 2),
                    of("UPS_PTP_GND", "UPS Ground", "UPS", "8.90", "0.06", 2400, 4),
                    of("UPS_PTP_2ND_DAY_AIR", "UPS 2nd Day Air", "UPS", "16.40", "0.11", 2400, 2),
                    of("FEDEX_PTP_PRIORITY_OVERNIGHT", "FedEx Priority Overnight®", "FEDEX", "27.81", "0.18", 2400,
                            1)),
            "CA", List.of(of("CANADA_POST_REGULAR", "Canada Post Regular Parcel", "CANADA_POST", "10.50", "0.08",
                    1050, 4)),
            "MX", List.of(of("DHL_MX_EXPRESS", "DHL Express", "DHLMX", "150.00", "1.50", 1050, 2)),
            "GB", List.of(
                    of("ROYAL_MAIL_48", "Royal Mail 48", "ROYAL_MAIL", "2.95", "0.03", 700, 2),
                    of("ROYAL_MAIL_24", "Royal Mail 24", "ROYAL_MAIL", "3.85", "0.04", 700, 1)),
            "DE", List.of(
                    of("DHL_PAKET", "DHL Paket", "DHL", "4.99", "0.02", 1100, 2),
                    of("HERMES_PAKET", "Hermes Paket", "HERMES", "4.30", "0.02", 880, 3)),
            "FR", List.of(of("COLISSIMO_DOMICILE", "Colissimo Domicile", "COLISSIMO", "6.25", "0.03", 1050, 2)),
            "IT", List.of(of("POSTE_DELIVERY_BUSINESS", "Poste Delivery Business", "POSTE_ITALIANE", "6.90", "0.03",
                    1050, 2)),
            "ES", List.of(of("CORREOS_PAQ_ESTANDAR", "Correos Paq Estándar", "CORREOS", "5.40", "0.03", 1050, 3)),
            "JP", List.of(of("YAMATO_TAQBIN", "宅急便", "YAMATO", "930", "8", 880, 1)));

    static List<ShippingService> in(String countryCode) {
        return BY_COUNTRY.getOrDefault(countryCode, List.of());
    }

    boolean carries(BigDecimal ounces) {
        return ounces.compareTo(maxOunces) <= 0;
    }

    /** The offer for a package of {@code ounces} shipped at {@code shipDate}; the id is the same for the same request. */
    Offer offer(BigDecimal ounces, String currencyCode, Instant shipDate, long seed, String orderId) {
        int decimals = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        BigDecimal rate = base.add(perOunce.multiply(ounces)).setScale(decimals, RoundingMode.HALF_UP);
        Instant earliest = shipDate.plus(Duration.ofDays(transitDays));
        String offerId = new StableRandom(seed, orderId + "|" + id + "|" + rate.toPlainString(), "offer")
                .characters("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 152) + "=";
        return new Offer(this, rate, currencyCode, shipDate, earliest, earliest.plus(Duration.ofDays(1)), offerId);
    }
}
