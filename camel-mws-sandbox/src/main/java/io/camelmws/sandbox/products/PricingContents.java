package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.OperationFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What GetMyPrice, GetCompetitivePricing and GetLowestOfferListings say about one listing, following the
 * element names and order of their example responses in the MWS pages (bizon/mws-api-doc,
 * doc/en_FR/products/Products_GetMyPriceForSKU.md, Products_GetCompetitivePricingForSKU.md,
 * Products_GetLowestOfferListingsForSKU.md).
 */
final class PricingContents {

    private static final Set<String> CONDITIONS = Set.of("New", "Used", "Collectible", "Refurbished", "Club");

    private PricingContents() {
    }

    /**
     * The seller's own offer: BuyingPrice (landed = listing + shipping), RegularPrice, channel AMAZON or
     * MERCHANT, condition New. An ItemCondition other than New filters it out: an empty {@code Offers}, as MWS
     * answers for a product without an active offer of the seller.
     */
    static PricingHandler.Content myPrice(String sellerId) {
        return new PricingHandler.Content() {
            @Override
            public void check(OperationCall call) {
                itemCondition(call);
            }

            @Override
            public void product(XmlWriter xml, OperationCall call, PricingHandler.Item item) {
                String condition = itemCondition(call);
                Offer own = Competition.own(item.listing(), item.price());
                String currency = item.listing().currencyCode();
                xml.start("Offers");
                if (condition == null || condition.equals(own.condition())) {
                    xml.start("Offer").start("BuyingPrice");
                    PricingHandler.prices(xml, currency, own);
                    xml.end("BuyingPrice");
                    PricingHandler.money(xml, "RegularPrice", currency, own.listingPrice());
                    xml.element("FulfillmentChannel", own.amazon() ? "AMAZON" : "MERCHANT")
                            .element("ItemCondition", own.condition())
                            .element("ItemSubCondition", own.subcondition())
                            .element("SellerId", sellerId)
                            .element("SellerSKU", item.listing().sellerSku())
                            .end("Offer");
                }
                xml.end("Offers");
            }
        };
    }

    /**
     * The New (CompetitivePriceId 1) and, when used offers exist, Used (2) buy-box prices, chosen as the lowest
     * landed price of their condition; offer counts by condition; the sales rank in the product's display group.
     */
    static PricingHandler.Content competitivePricing(Supplier<Competition> competition) {
        return (xml, call, item) -> {
            String currency = item.listing().currencyCode();
            Competition market = competition.get();
            List<Offer> offers = market.offers(item.listing(), item.price());
            xml.start("CompetitivePricing").start("CompetitivePrices");
            int id = 1;
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("Any", offers.size());
            for (String condition : List.of("New", "Used")) {
                List<Offer> ofCondition = offers.stream().filter(o -> o.condition().equals(condition)).toList();
                if (!ofCondition.isEmpty()) {
                    counts.put(condition, ofCondition.size());
                    Offer buyBox = ofCondition.get(0);
                    xml.start("CompetitivePrice", "belongsToRequester", Boolean.toString(buyBox.mine()),
                                    "condition", buyBox.condition(), "subcondition", buyBox.subcondition())
                            .element("CompetitivePriceId", Integer.toString(id))
                            .start("Price");
                    PricingHandler.prices(xml, currency, buyBox);
                    xml.end("Price").end("CompetitivePrice");
                }
                id++;
            }
            xml.end("CompetitivePrices").start("NumberOfOfferListings");
            counts.forEach((condition, count) -> xml.element("OfferListingCount", Integer.toString(count),
                    "condition", condition));
            xml.end("NumberOfOfferListings").end("CompetitivePricing")
                    .start("SalesRankings").start("SalesRank")
                    .element("ProductCategoryId", Competition.category(item.listing()))
                    .element("Rank", Long.toString(market.salesRank(item.listing())))
                    .end("SalesRank").end("SalesRankings");
        };
    }

    /**
     * The cheapest offer of each group of offers that share condition, subcondition, channel, shipping time and
     * feedback band, cheapest group first; ItemCondition filters the offers and ExcludeMe=true leaves out the
     * seller's own. The sandbox considers every offer, so AllOfferListingsConsidered is true.
     */
    static PricingHandler.Content lowestOfferListings(Supplier<Competition> competition) {
        return new PricingHandler.Content() {
            @Override
            public void check(OperationCall call) {
                itemCondition(call);
                excludeMe(call);
            }

            @Override
            public void beforeProduct(XmlWriter xml, OperationCall call, PricingHandler.Item item) {
                xml.element("AllOfferListingsConsidered", "true");
            }

            @Override
            public void product(XmlWriter xml, OperationCall call, PricingHandler.Item item) {
                String condition = itemCondition(call);
                boolean excludeMe = excludeMe(call);
                String currency = item.listing().currencyCode();
                Map<String, List<Offer>> groups = new LinkedHashMap<>();
                for (Offer offer : competition.get().offers(item.listing(), item.price())) {
                    if ((condition == null || condition.equals(offer.condition())) && !(excludeMe && offer.mine())) {
                        groups.computeIfAbsent(offer.condition() + '|' + offer.subcondition() + '|' + offer.amazon()
                                + '|' + offer.shippingTime() + '|' + offer.feedbackRating(),
                                key -> new ArrayList<>()).add(offer);
                    }
                }
                xml.start("LowestOfferListings");
                for (List<Offer> group : groups.values()) {
                    Offer lowest = group.get(0);
                    xml.start("LowestOfferListing").start("Qualifiers")
                            .element("ItemCondition", lowest.condition())
                            .element("ItemSubcondition", lowest.subcondition())
                            .element("FulfillmentChannel", lowest.amazon() ? "Amazon" : "Merchant")
                            .element("ShipsDomestically", "True")
                            .start("ShippingTime").element("Max", lowest.shippingTime()).end("ShippingTime")
                            .element("SellerPositiveFeedbackRating", lowest.feedbackRating())
                            .end("Qualifiers")
                            .element("NumberOfOfferListingsConsidered", Integer.toString(group.size()))
                            .element("SellerFeedbackCount", Long.toString(lowest.feedbackCount()))
                            .start("Price");
                    PricingHandler.prices(xml, currency, lowest);
                    boolean tie = group.size() > 1 && group.get(1).landedPrice().compareTo(lowest.landedPrice()) == 0;
                    xml.end("Price").element("MultipleOffersAtLowestPrice", tie ? "True" : "False")
                            .end("LowestOfferListing");
                }
                xml.end("LowestOfferListings");
            }
        };
    }

    /** The ItemCondition filter, or {@code null} for all conditions (the default). */
    private static String itemCondition(OperationCall call) {
        String condition = call.parameter("ItemCondition");
        if (condition == null || condition.isEmpty()) {
            return null;
        }
        if (!CONDITIONS.contains(condition)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("ItemCondition", condition,
                    "New, Used, Collectible, Refurbished or Club"));
        }
        return condition;
    }

    private static boolean excludeMe(OperationCall call) {
        String value = call.parameter("ExcludeMe");
        if (value == null || value.isEmpty() || "false".equalsIgnoreCase(value)) {
            return false;
        }
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        throw new OperationFailure(MwsErrors.invalidParameterValue("ExcludeMe", value, "true or false"));
    }
}
