package io.camelmws.sandbox.recommendations;

import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.orders.OrderStatus;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The recommendations of one marketplace, derived from the seller's listings and the orders of the 30 days before
 * the category's last refresh, so they change once a simulated day and are the same for the same seed:
 * <ul>
 * <li>Inventory: FBA listings whose stock runs out within four weeks at the recent sales rate;</li>
 * <li>Pricing: listings priced above the lowest offer;</li>
 * <li>Fulfillment: merchant-fulfilled listings that sold, to move to FBA;</li>
 * <li>Selection, GlobalSelling: products the seller sells elsewhere but not here;</li>
 * <li>ListingQuality: listings with a defect (no description) or suppressed (no main image);</li>
 * <li>Advertising: listings with stock that sold little.</li>
 * </ul>
 */
final class SellerRecommendations {

    static final String BRAND = "Camel & Co";
    private static final Duration SALES_WINDOW = Duration.ofDays(30);
    private static final Map<String, String> PRODUCT_CATEGORIES = Map.of(
            "BOTTLE", "Kitchen", "MUG", "Kitchen", "BOARD", "Kitchen", "SKILLET", "Kitchen",
            "TOTE", "Apparel", "BEANIE", "Apparel", "LAMP", "Home", "YOGA", "Sports",
            "NOTE", "Office Products", "BUDS", "Electronics");

    private final OrderBook book;

    SellerRecommendations(OrderBook book) {
        this.book = book;
    }

    /** When {@code category} was last refreshed at {@code now}: today's refresh hour (UTC), or yesterday's. */
    static Instant lastUpdated(RecommendationCategory category, Instant now) {
        Instant today = now.truncatedTo(ChronoUnit.DAYS).plus(category.refreshedAfterMidnight());
        return today.isAfter(now) ? today.minus(Duration.ofDays(1)) : today;
    }

    /** Every recommendation of {@code categories} in {@code marketplaceId}, by category then listing. */
    List<Recommendation> of(String marketplaceId, List<RecommendationCategory> categories, Instant now) {
        List<Listing> listings = book.listings().inMarketplace(marketplaceId);
        List<Recommendation> all = new ArrayList<>();
        for (RecommendationCategory category : categories) {
            Instant asOf = lastUpdated(category, now);
            Map<String, int[]> sales = sales(marketplaceId, asOf, now);
            switch (category) {
                case INVENTORY -> listings.forEach(listing -> inventory(all, listing, sales, asOf));
                case PRICING -> listings.forEach(listing -> pricing(all, listing, asOf));
                case FULFILLMENT -> listings.forEach(listing -> fulfillment(all, listing, sales, asOf));
                case SELECTION, GLOBAL_SELLING -> elsewhere(all, category, marketplaceId, listings, asOf);
                case LISTING_QUALITY -> listings.forEach(listing -> quality(all, listing));
                case ADVERTISING -> listings.forEach(listing -> advertising(all, listing, sales, asOf));
                default -> throw new IllegalStateException("unknown category " + category);
            }
        }
        return all;
    }

    /** Units sold per SKU in the 14 and 30 days before {@code asOf}, cancelled orders left out. */
    private Map<String, int[]> sales(String marketplaceId, Instant asOf, Instant now) {
        Map<String, int[]> sales = new HashMap<>();
        Instant fortnight = asOf.minus(Duration.ofDays(14));
        for (Order order : book.ordersPurchasedBetween(asOf.minus(SALES_WINDOW), asOf, now)) {
            if (!order.marketplaceId().equals(marketplaceId)
                    || OrderStatus.CANCELED.mwsName().equals(order.orderStatus())) {
                continue;
            }
            for (OrderItem item : order.items()) {
                int[] units = sales.computeIfAbsent(item.sellerSku(), sku -> new int[2]);
                units[1] += item.quantityOrdered();
                if (!order.purchaseDate().isBefore(fortnight)) {
                    units[0] += item.quantityOrdered();
                }
            }
        }
        return sales;
    }

    private void inventory(List<Recommendation> all, Listing listing, Map<String, int[]> sales, Instant asOf) {
        int[] sold = sales.getOrDefault(listing.sellerSku(), new int[2]);
        if (!"AFN".equals(listing.fulfillmentChannel()) || sold[1] == 0) {
            return;
        }
        double perDay = sold[1] / 30.0;
        int daysLeft = (int) Math.floor(listing.quantity() / perDay);
        if (daysLeft >= 28) {
            return;
        }
        int recommended = (int) Math.ceil(perDay * 60) - listing.quantity();
        all.add(new Recommendation(RecommendationCategory.INVENTORY, filters(listing), xml -> {
            head(xml, listing, asOf);
            xml.element("FulfillmentChannel", listing.fulfillmentChannel())
                    .element("SalesForTheLast14Days", Integer.toString(sold[0]))
                    .element("SalesForTheLast30Days", Integer.toString(sold[1]))
                    .element("AvailableQuantity", Integer.toString(listing.quantity()))
                    .element("DaysUntilStockRunsOut", Integer.toString(daysLeft))
                    .element("InboundQuantity", "0")
                    .element("RecommendedInboundQuantity", Integer.toString(Math.max(1, recommended)))
                    .element("DaysOutOfStockLast30Days", listing.quantity() == 0 ? "1" : "0")
                    .element("LostSalesInLast30Days", "0");
            tail(xml, RecommendationCategory.INVENTORY, listing, "Restock: at " + String.format("%.1f", perDay)
                    + " units a day, stock lasts " + daysLeft + " more days.");
        }));
    }

    private void pricing(List<Recommendation> all, Listing listing, Instant asOf) {
        SplittableRandom random = random(listing, 1);
        if (random.nextInt(3) != 0) {
            return;
        }
        int decimals = Currency.getInstance(listing.currencyCode()).getDefaultFractionDigits();
        BigDecimal lowest = listing.price().multiply(BigDecimal.valueOf(0.85 + random.nextDouble() * 0.12))
                .setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal median = listing.price().multiply(BigDecimal.valueOf(0.97 + random.nextDouble() * 0.08))
                .setScale(decimals, RoundingMode.HALF_UP);
        int merchantOffers = 1 + random.nextInt(6);
        int amazonOffers = random.nextInt(4);
        all.add(new Recommendation(RecommendationCategory.PRICING, filters(listing), xml -> {
            head(xml, listing, asOf);
            xml.element("Condition", "New").element("SubCondition", "New")
                    .element("FulfillmentChannel", listing.fulfillmentChannel());
            money(xml, "YourPricePlusShipping", listing.price(), listing.currencyCode());
            money(xml, "LowestPricePlusShipping", lowest, listing.currencyCode());
            money(xml, "PriceDifferenceToLowPrice", listing.price().subtract(lowest), listing.currencyCode());
            money(xml, "MedianPricePlusShipping", median, listing.currencyCode());
            money(xml, "LowestMerchantFulfilledOfferPrice", lowest, listing.currencyCode());
            money(xml, "LowestAmazonFulfilledOfferPrice", amazonOffers == 0 ? null : median, listing.currencyCode());
            xml.element("NumberOfOffers", Integer.toString(1 + merchantOffers + amazonOffers))
                    .element("NumberOfMerchantFulfilledOffers", Integer.toString(merchantOffers))
                    .element("NumberOfAmazonFulfilledOffers", Integer.toString(amazonOffers));
            tail(xml, RecommendationCategory.PRICING, listing, "Your price is " + listing.price().subtract(lowest)
                    .toPlainString() + " " + listing.currencyCode() + " above the lowest offer.");
        }));
    }

    private void fulfillment(List<Recommendation> all, Listing listing, Map<String, int[]> sales, Instant asOf) {
        int[] sold = sales.getOrDefault(listing.sellerSku(), new int[2]);
        if (!"MFN".equals(listing.fulfillmentChannel()) || sold[1] == 0) {
            return;
        }
        all.add(new Recommendation(RecommendationCategory.FULFILLMENT, filters(listing), xml -> {
            productHead(xml, listing, asOf);
            xml.element("NumberOfOffersFulfilledByAmazon", Integer.toString(random(listing, 2).nextInt(4)));
            reviews(xml, listing);
            dimensions(xml, listing);
            tail(xml, RecommendationCategory.FULFILLMENT, listing, "Sold " + sold[1]
                    + " units in 30 days fulfilled by you: offer it with Fulfillment by Amazon.");
        }));
    }

    /** Products the seller offers in another marketplace but not in this one. */
    private void elsewhere(List<Recommendation> all, RecommendationCategory category, String marketplaceId,
                           List<Listing> here, Instant asOf) {
        Set<String> offeredHere = new HashSet<>();
        here.forEach(listing -> offeredHere.add(listing.asin()));
        Set<String> seen = new HashSet<>();
        for (Listing listing : book.listings().all()) {
            if (listing.marketplaceId().equals(marketplaceId) || offeredHere.contains(listing.asin())
                    || !seen.add(listing.asin())) {
                continue;
            }
            boolean selection = category == RecommendationCategory.SELECTION;
            all.add(new Recommendation(category, filters(listing), xml -> {
                productHead(xml, listing, asOf);
                if (!selection) {
                    xml.element("NumberOfOffersFulfilledByAmazon", Integer.toString(random(listing, 2).nextInt(4)));
                }
                reviews(xml, listing);
                if (!selection) {
                    dimensions(xml, listing);
                }
                tail(xml, category, listing, "You sell this product in another marketplace (" + listing.sellerSku()
                        + "); add an offer here.");
            }));
        }
    }

    private void quality(List<Recommendation> all, Listing listing) {
        int draw = random(listing, 3).nextInt(8);
        if (draw > 1) {
            return;
        }
        boolean quarantine = draw == 0;
        Map<String, String> filters = new HashMap<>(filters(listing));
        filters.put("QualitySet", quarantine ? "Quarantine" : "Defect");
        filters.put("ListingStatus", "Active");
        all.add(new Recommendation(RecommendationCategory.LISTING_QUALITY, filters, xml -> {
            xml.element("QualitySet", quarantine ? "Quarantine" : "Defect")
                    .element("DefectGroup", quarantine ? "Missing main image" : "Missing description")
                    .element("DefectAttribute", quarantine ? "main_image_url" : "product_description");
            identifier(xml, listing);
            xml.element("ItemName", listing.title());
            tail(xml, RecommendationCategory.LISTING_QUALITY, listing, quarantine
                    ? "The listing is suppressed: it has no main image." : "The listing has no description.");
        }));
    }

    private void advertising(List<Recommendation> all, Listing listing, Map<String, int[]> sales, Instant asOf) {
        int[] sold = sales.getOrDefault(listing.sellerSku(), new int[2]);
        if (listing.quantity() < 20 || sold[1] > 2) {
            return;
        }
        all.add(new Recommendation(RecommendationCategory.ADVERTISING, filters(listing), xml -> {
            head(xml, listing, asOf);
            xml.element("BrandName", BRAND).element("ProductCategory", productCategory(listing))
                    .element("SalesRank", Long.toString(salesRank(listing)));
            money(xml, "YourPricePlusShipping", listing.price(), listing.currencyCode());
            money(xml, "LowestPricePlusShipping", listing.price(), listing.currencyCode());
            xml.element("AvailableQuantity", Integer.toString(listing.quantity()))
                    .element("SalesForTheLast30Days", Integer.toString(sold[1]));
            tail(xml, RecommendationCategory.ADVERTISING, listing, listing.quantity()
                    + " units in stock but " + sold[1] + " sold in 30 days: advertise it.");
        }));
    }

    private static void head(XmlWriter xml, Listing listing, Instant asOf) {
        xml.element("LastUpdated", WebServiceDates.formatUtc(asOf));
        identifier(xml, listing);
        xml.element("ItemName", listing.title());
    }

    private void productHead(XmlWriter xml, Listing listing, Instant asOf) {
        head(xml, listing, asOf);
        xml.element("BrandName", BRAND).element("ProductCategory", productCategory(listing))
                .element("SalesRank", Long.toString(salesRank(listing)));
        money(xml, "BuyboxPrice", listing.price(), listing.currencyCode());
        xml.element("NumberOfOffers", Integer.toString(1 + random(listing, 2).nextInt(8)));
    }

    private void reviews(XmlWriter xml, Listing listing) {
        SplittableRandom random = random(listing, 4);
        xml.element("AverageCustomerReview", BigDecimal.valueOf(30 + random.nextInt(21), 1).toPlainString())
                .element("NumberOfCustomerReviews", Integer.toString(random.nextInt(2_000)));
    }

    private void dimensions(XmlWriter xml, Listing listing) {
        SplittableRandom random = random(listing, 5);
        xml.start("ItemDimensions");
        measure(xml, "Height", 2 + random.nextInt(30), "inches");
        measure(xml, "Width", 2 + random.nextInt(20), "inches");
        measure(xml, "Length", 4 + random.nextInt(30), "inches");
        measure(xml, "Weight", 1 + random.nextInt(60), "pounds");
        xml.end("ItemDimensions");
    }

    private static void measure(XmlWriter xml, String element, int tenths, String unit) {
        xml.start(element).element("Value", BigDecimal.valueOf(tenths, 1).toPlainString()).element("Unit", unit)
                .end(element);
    }

    private static void identifier(XmlWriter xml, Listing listing) {
        xml.start("ItemIdentifier").element("Asin", listing.asin()).element("Sku", listing.sellerSku())
                .end("ItemIdentifier");
    }

    private static void tail(XmlWriter xml, RecommendationCategory category, Listing listing, String reason) {
        xml.element("RecommendationId", category.mwsName() + "-" + listing.marketplaceId() + "-"
                + listing.sellerSku()).element("RecommendationReason", reason);
    }

    private static void money(XmlWriter xml, String element, BigDecimal amount, String currencyCode) {
        if (amount != null) {
            xml.start(element).element("CurrencyCode", currencyCode).element("Amount", amount.toPlainString())
                    .end(element);
        }
    }

    private static Map<String, String> filters(Listing listing) {
        return Map.of("BrandName", BRAND, "ProductCategory", productCategory(listing),
                "IncludeCommonRecommendations", "true");
    }

    static String productCategory(Listing listing) {
        String[] parts = listing.sellerSku().split("-");
        return PRODUCT_CATEGORIES.getOrDefault(parts.length > 1 ? parts[1] : "", "Home");
    }

    private long salesRank(Listing listing) {
        return 1 + random(listing, 6).nextInt(250_000);
    }

    /** One stream per (seed, marketplace, SKU, purpose); String.hashCode is specified, so this is stable. */
    private SplittableRandom random(Listing listing, int purpose) {
        long item = (listing.marketplaceId() + '|' + listing.sellerSku()).hashCode();
        return new SplittableRandom(book.seed() * 0x9E3779B97F4A7C15L + item * 0xD1B54A32D192ED03L + purpose);
    }
}
