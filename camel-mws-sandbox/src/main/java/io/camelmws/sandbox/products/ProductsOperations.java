package io.camelmws.sandbox.products;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.feeds.FeedStore;
import io.camelmws.sandbox.operation.OperationRegistry;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Plugs the Products 2011-10-01 pricing operations into the sandbox: GetMyPrice, GetCompetitivePricing and
 * GetLowestOfferListings, each ForSKU and ForASIN. The other Products operations still answer "not simulated".
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
        Supplier<Competition> competition = () -> new Competition(orderBook.seed());
        PricingHandler.Content myPrice = PricingContents.myPrice(sellerId);
        PricingHandler.Content competitive = PricingContents.competitivePricing(competition);
        PricingHandler.Content lowest = PricingContents.lowestOfferListings(competition);
        for (String target : new String[] {"ForSKU", "ForASIN"}) {
            registry.register(products, "GetMyPrice" + target, WebServiceResponses.guarded(
                            new PricingHandler(sellerId, orderBook, prices, myPrice)))
                    .register(products, "GetCompetitivePricing" + target, WebServiceResponses.guarded(
                            new PricingHandler(sellerId, orderBook, prices, competitive)))
                    .register(products, "GetLowestOfferListings" + target, WebServiceResponses.guarded(
                            new PricingHandler(sellerId, orderBook, prices, lowest)));
        }
    }

    /**
     * What the seller's own merchant-fulfilled offers charge a buyer for shipping in {@code currencyCode} (the
     * Shipping of GetMyPrice and the ShippingCharge the order's money carries); Amazon-fulfilled offers ship free.
     */
    public static BigDecimal merchantShipping(String currencyCode) {
        return Competition.shipping(currencyCode, false);
    }
}
