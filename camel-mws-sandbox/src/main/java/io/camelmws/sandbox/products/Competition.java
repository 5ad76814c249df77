package io.camelmws.sandbox.products;

import io.camelmws.sandbox.orders.Listing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The offers a listing competes with, generated around its current price. Who the competitors are (how many, in
 * which condition, fulfilled how, at which fraction of the price) depends only on the seed, the marketplace and
 * the ASIN; their prices follow the listing's price. So the same seed and price give the same answer, and a price
 * feed moves the competition with the listing, as repricers expect of a real market.
 */
final class Competition {

    private static final List<String> FEEDBACK_BANDS = List.of("98-100%", "95-97%", "90-94%", "80-89%");
    private static final List<String> USED_SUBCONDITIONS = List.of("Mint", "Very Good", "Good", "Acceptable");

    /** What a merchant-fulfilled offer charges for standard shipping, by currency. */
    private static final Map<String, BigDecimal> MERCHANT_SHIPPING = Map.of(
            "USD", new BigDecimal("4.99"), "CAD", new BigDecimal("6.99"), "MXN", new BigDecimal("99.00"),
            "EUR", new BigDecimal("3.99"), "GBP", new BigDecimal("2.99"), "JPY", new BigDecimal("450"));

    /** The display group each kind of product is ranked in; the kind is the SKU's middle part. */
    private static final Map<String, String> CATEGORIES = Map.of(
            "BOTTLE", "kitchen_display_on_website", "MUG", "kitchen_display_on_website",
            "BOARD", "kitchen_display_on_website", "SKILLET", "kitchen_display_on_website",
            "TOTE", "apparel_display_on_website", "BEANIE", "apparel_display_on_website",
            "LAMP", "home_display_on_website", "YOGA", "sports_display_on_website",
            "NOTE", "office_product_display_on_website", "BUDS", "ce_display_on_website");

    private final long seed;

    Competition(long seed) {
        this.seed = seed;
    }

    /** The seller's own offer for {@code listing} at {@code price}. */
    static Offer own(Listing listing, BigDecimal price) {
        boolean amazon = "AFN".equals(listing.fulfillmentChannel());
        return new Offer("New", "New", amazon, price, shipping(listing.currencyCode(), amazon), "98-100%", 0,
                "0-2 days", true);
    }

    /** Every offer for the listing's product, the seller's included, cheapest landed price first. */
    List<Offer> offers(Listing listing, BigDecimal price) {
        SplittableRandom random = random(listing, 1);
        int decimals = Currency.getInstance(listing.currencyCode()).getDefaultFractionDigits();
        Offer own = own(listing, price);
        List<Offer> offers = new ArrayList<>();
        offers.add(new Offer(own.condition(), own.subcondition(), own.amazon(), own.listingPrice(), own.shipping(),
                own.feedbackRating(), random.nextLong(200, 20_000), own.shippingTime(), true));
        int newOffers = random.nextInt(2, 9);
        int usedOffers = random.nextInt(0, 5);
        for (int i = 0; i < newOffers + usedOffers; i++) {
            boolean used = i >= newOffers;
            boolean amazon = random.nextInt(10) < 4;
            double factor = used ? 0.55 + random.nextDouble() * 0.3 : 0.88 + random.nextDouble() * 0.24;
            BigDecimal listingPrice = price.multiply(BigDecimal.valueOf(factor)).setScale(decimals,
                    RoundingMode.HALF_UP);
            offers.add(new Offer(used ? "Used" : "New",
                    used ? USED_SUBCONDITIONS.get(random.nextInt(USED_SUBCONDITIONS.size())) : "New", amazon,
                    listingPrice.max(BigDecimal.ONE.setScale(decimals)), shipping(listing.currencyCode(), amazon),
                    FEEDBACK_BANDS.get(random.nextInt(FEEDBACK_BANDS.size())),
                    Math.round(Math.pow(10, 1.5 + random.nextDouble() * 4.5)),
                    amazon || random.nextInt(3) > 0 ? "0-2 days" : "3-7 days", false));
        }
        offers.sort(Comparator.comparing(Offer::landedPrice));
        return offers;
    }

    /** The product's rank in its display group, 1 to 250 000. */
    long salesRank(Listing listing) {
        return random(listing, 2).nextLong(1, 250_001);
    }

    static String category(Listing listing) {
        String[] parts = listing.sellerSku().split("-");
        return CATEGORIES.getOrDefault(parts.length > 1 ? parts[1] : "", "home_display_on_website");
    }

    static BigDecimal shipping(String currencyCode, boolean amazon) {
        int decimals = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        BigDecimal charge = amazon ? BigDecimal.ZERO : MERCHANT_SHIPPING.getOrDefault(currencyCode, BigDecimal.ZERO);
        return charge.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** One stream per (seed, marketplace, ASIN, purpose); String.hashCode is specified, so this is stable. */
    private SplittableRandom random(Listing listing, int purpose) {
        long product = (listing.marketplaceId() + '|' + listing.asin()).hashCode();
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + product * 0xD1B54A32D192ED03L + purpose);
    }
}
