package io.camelmws.sandbox.products;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.feeds.FeedStore;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.math.BigDecimal;
import java.util.function.Supplier;

import static io.camelmws.sandbox.webservice.WebServiceResponses.guarded;

/**
 * Plugs the Products 2011-10-01 operations into the sandbox: the catalog operations (ListMatchingProducts,
 * GetMatchingProduct, GetMatchingProductForId, GetProductCategoriesForSKU/ASIN), the pricing operations (GetMyPrice,
 * GetCompetitivePricing, GetLowestOfferListings, GetLowestPricedOffers, each ForSKU and ForASIN) and
 * GetMyFeesEstimate, all answered from the seller's own listings at the prices its price feeds set.
 */
public final class ProductsOperations {

    private ProductsOperations() {
    }

    /**
     * @param sellerId  the seller whose offers these are
     * @param orderBook whose listings (and seed) the answers are made of; a reseed is seen at once
     * @param feeds     whose processed price feeds set the listings' prices
     */
    public static void register(OperationRegistry registry, SectionCatalog catalog, String sellerId,
                                OrderBook orderBook, FeedStore feeds) {
        Section products = catalog.section("Products");
        ListingPrices prices = new ListingPrices(feeds);
        ProductLookup lookup = new ProductLookup(orderBook);
        Supplier<Competition> competition = () -> new Competition(orderBook.seed());
        PricingHandler.Content myPrice = PricingContents.myPrice(sellerId);
        PricingHandler.Content competitive = PricingContents.competitivePricing(competition);
        PricingHandler.Content lowest = PricingContents.lowestOfferListings(competition);
        CatalogHandlers catalogHandlers = new CatalogHandlers(lookup, competition);
        OperationHandler lowestPriced = new LowestPricedOffersHandler(lookup, prices, competition);
        registry.register(products, "ListMatchingProducts", guarded(catalogHandlers.listMatchingProducts()))
                .register(products, "GetMatchingProduct", guarded(catalogHandlers.matchingProduct()))
                .register(products, "GetMatchingProductForId", guarded(catalogHandlers.matchingProductForId()))
                .register(products, "GetMyFeesEstimate", guarded(new FeesEstimateHandler(sellerId, lookup)));
        for (String target : new String[] {"ForSKU", "ForASIN"}) {
            registry.register(products, "GetMyPrice" + target,
                            guarded(new PricingHandler(sellerId, lookup, prices, myPrice)))
                    .register(products, "GetCompetitivePricing" + target,
                            guarded(new PricingHandler(sellerId, lookup, prices, competitive)))
                    .register(products, "GetLowestOfferListings" + target,
                            guarded(new PricingHandler(sellerId, lookup, prices, lowest)))
                    .register(products, "GetLowestPricedOffers" + target, guarded(lowestPriced))
                    .register(products, "GetProductCategories" + target,
                            guarded(catalogHandlers.productCategories()));
        }
    }

    /**
     * What the seller's own merchant-fulfilled offers charge a buyer for shipping in {@code currencyCode} (the
     * Shipping of GetMyPrice and the ShippingCharge the order's money carries); Amazon-fulfilled offers ship free.
     */
    public static BigDecimal merchantShipping(String currencyCode) {
        return Competition.shipping(currencyCode, false);
    }

    /**
     * The code {@code listing}'s product is found by in GetMatchingProductForId for {@code idType} (ASIN, SellerSKU,
     * UPC, EAN, JAN) with the sandbox's {@code seed} ({@code sandbox.orders().seed()}), or {@code null} for a type the
     * sandbox's catalog has no codes of (ISBN, GCID): for tests and users who need a code that matches.
     */
    public static String productCode(long seed, Listing listing, String idType) {
        return CatalogItem.of(seed, listing).id(idType);
    }
}
