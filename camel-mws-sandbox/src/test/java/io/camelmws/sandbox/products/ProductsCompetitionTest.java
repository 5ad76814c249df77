package io.camelmws.sandbox.products;

import static io.camelmws.sandbox.products.PricingCalls.US;
import static io.camelmws.sandbox.products.PricingCalls.call;
import static io.camelmws.sandbox.products.PricingCalls.children;
import static io.camelmws.sandbox.products.PricingCalls.element;
import static io.camelmws.sandbox.products.PricingCalls.error;
import static io.camelmws.sandbox.products.PricingCalls.results;
import static io.camelmws.sandbox.products.PricingCalls.text;
import static io.camelmws.sandbox.products.PricingCalls.withoutRequestId;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * GetCompetitivePricing and GetLowestOfferListings over a socket: the documented shapes, competitors around the
 * listing's price, and the same answer for the same seed.
 */
class ProductsCompetitionTest {

    private static final long SEED = 11L;
    private static MwsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = PricingCalls.start(SEED);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static List<String> skus(int count) {
        return sandbox.listings().inMarketplace(US).stream().limit(count).map(Listing::sellerSku).toList();
    }

    @Test
    void competitivePricingHasBuyBoxPricesOfferCountsAndASalesRank() {
        List<String> skus = new ArrayList<>(skus(5));
        skus.add("NO-SUCH-SKU");
        List<Element> results = results(call(sandbox, "GetCompetitivePricingForSKU", US, skus),
                "GetCompetitivePricingForSKU");
        assertThat(results).hasSize(6);
        assertThat(results.get(5).getAttribute("status")).isEqualTo("ClientError");
        assertThat(text(results.get(5), "Error/Code")).isEqualTo("InvalidParameterValue");
        for (Element result : results.subList(0, 5)) {
            assertThat(result.getAttribute("status")).isEqualTo("Success");
            Listing listing = sandbox.listings().find(US, result.getAttribute("SellerSKU")).orElseThrow();
            Element product = element(result, "Product");
            assertThat(text(product, "Identifiers/SKUIdentifier/SellerSKU")).isEqualTo(listing.sellerSku());
            Element pricing = element(product, "CompetitivePricing");
            List<Element> prices = children(element(pricing, "CompetitivePrices"), "CompetitivePrice");
            assertThat(prices).isNotEmpty();
            Element newBuyBox = prices.get(0);
            assertThat(text(newBuyBox, "CompetitivePriceId")).isEqualTo("1");
            assertThat(newBuyBox.getAttribute("condition")).isEqualTo("New");
            assertThat(newBuyBox.getAttribute("belongsToRequester")).isIn("true", "false");
            BigDecimal landed = new BigDecimal(text(newBuyBox, "Price/LandedPrice/Amount"));
            BigDecimal listingPrice = new BigDecimal(text(newBuyBox, "Price/ListingPrice/Amount"));
            BigDecimal shipping = new BigDecimal(text(newBuyBox, "Price/Shipping/Amount"));
            assertThat(landed).isEqualTo(listingPrice.add(shipping));
            // The buy box is the cheapest new offer: never dearer than the seller's own landed price.
            BigDecimal ownLanded = listing.price().add(Competition.shipping("USD",
                    "AFN".equals(listing.fulfillmentChannel())));
            assertThat(landed).isLessThanOrEqualTo(ownLanded);
            assertThat(listingPrice).isBetween(listing.price().multiply(new BigDecimal("0.87")),
                    listing.price().multiply(new BigDecimal("1.13")));
            if (prices.size() > 1) {
                assertThat(text(prices.get(1), "CompetitivePriceId")).isEqualTo("2");
                assertThat(prices.get(1).getAttribute("condition")).isEqualTo("Used");
                assertThat(prices.get(1).getAttribute("belongsToRequester")).isEqualTo("false");
            }
            List<Element> counts = children(element(pricing, "NumberOfOfferListings"), "OfferListingCount");
            assertThat(counts.get(0).getAttribute("condition")).isEqualTo("Any");
            int any = Integer.parseInt(counts.get(0).getTextContent());
            int byCondition = counts.subList(1, counts.size()).stream()
                    .mapToInt(count -> Integer.parseInt(count.getTextContent())).sum();
            assertThat(any).isEqualTo(byCondition).isGreaterThanOrEqualTo(3);
            assertThat(text(product, "SalesRankings/SalesRank/ProductCategoryId")).endsWith("_display_on_website");
            assertThat(Long.parseLong(text(product, "SalesRankings/SalesRank/Rank"))).isBetween(1L, 250_000L);
        }
    }

    @Test
    void lowestOfferListingsAreGroupedCheapestFirstAndHonourExcludeMeAndItemCondition() {
        Listing listing = sandbox.listings().inMarketplace(US).get(0);
        Element all = results(call(sandbox, "GetLowestOfferListingsForASIN", US, List.of(listing.asin())),
                "GetLowestOfferListingsForASIN").get(0);
        assertThat(all.getAttribute("ASIN")).isEqualTo(listing.asin());
        assertThat(text(all, "AllOfferListingsConsidered")).isEqualTo("true");
        assertThat(element(all, "Product/Identifiers/SKUIdentifier")).isNull();
        List<Element> listings = children(element(all, "Product/LowestOfferListings"), "LowestOfferListing");
        assertThat(listings).isNotEmpty();
        BigDecimal previous = BigDecimal.ZERO;
        for (Element lowest : listings) {
            assertThat(text(lowest, "Qualifiers/ItemCondition")).isIn("New", "Used");
            assertThat(text(lowest, "Qualifiers/FulfillmentChannel")).isIn("Amazon", "Merchant");
            assertThat(text(lowest, "Qualifiers/ShipsDomestically")).isEqualTo("True");
            assertThat(text(lowest, "Qualifiers/ShippingTime/Max")).endsWith("days");
            assertThat(text(lowest, "Qualifiers/SellerPositiveFeedbackRating")).endsWith("%");
            assertThat(Long.parseLong(text(lowest, "SellerFeedbackCount"))).isPositive();
            assertThat(text(lowest, "MultipleOffersAtLowestPrice")).isIn("True", "False");
            BigDecimal landed = new BigDecimal(text(lowest, "Price/LandedPrice/Amount"));
            assertThat(landed).isGreaterThanOrEqualTo(previous);
            previous = landed;
        }

        Element excluded = results(call(sandbox, "GetLowestOfferListingsForASIN", US, List.of(listing.asin()),
                "ExcludeMe", "true"), "GetLowestOfferListingsForASIN").get(0);
        assertThat(considered(excluded)).isEqualTo(considered(all) - 1);

        Element used = results(call(sandbox, "GetLowestOfferListingsForSKU", US, List.of(listing.sellerSku()),
                "ItemCondition", "Used"), "GetLowestOfferListingsForSKU").get(0);
        assertThat(children(element(used, "Product/LowestOfferListings"), "LowestOfferListing"))
                .allSatisfy(lowest -> assertThat(text(lowest, "Qualifiers/ItemCondition")).isEqualTo("Used"));
        assertThat(text(error(call(sandbox, "GetLowestOfferListingsForSKU", US, List.of(listing.sellerSku()),
                "ExcludeMe", "maybe"), 400), "Error/Code")).isEqualTo("InvalidParameterValue");
    }

    @Test
    void theSameSeedGivesTheSameCompetitionAndAnotherSeedAnother() {
        List<String> skus = skus(20);
        try (MwsSandbox twin = PricingCalls.start(SEED); MwsSandbox other = PricingCalls.start(SEED + 1)) {
            for (String action : List.of("GetCompetitivePricingForSKU", "GetLowestOfferListingsForSKU")) {
                String first = call(sandbox, action, US, skus).body();
                assertThat(withoutRequestId(call(sandbox, action, US, skus).body()))
                        .isEqualTo(withoutRequestId(first));
                assertThat(withoutRequestId(call(twin, action, US, skus).body())).isEqualTo(withoutRequestId(first));
                List<String> otherSkus = other.listings().inMarketplace(US).stream().limit(20)
                        .map(Listing::sellerSku).toList();
                assertThat(withoutRequestId(call(other, action, US, otherSkus).body()))
                        .isNotEqualTo(withoutRequestId(first));
            }
        }
    }

    @Test
    void refusesMoreThanTwentyAsins() {
        List<String> asins = sandbox.listings().inMarketplace(US).stream().limit(21).map(Listing::asin).toList();
        Element refused = error(call(sandbox, "GetCompetitivePricingForASIN", US, asins), 400);
        assertThat(text(refused, "Error/Code")).isEqualTo("InvalidParameterValue");
        assertThat(text(refused, "Error/Message")).contains("ASINList");
    }

    private static int considered(Element result) {
        return children(element(result, "Product/LowestOfferListings"), "LowestOfferListing").stream()
                .mapToInt(lowest -> Integer.parseInt(text(lowest, "NumberOfOfferListingsConsidered"))).sum();
    }
}
