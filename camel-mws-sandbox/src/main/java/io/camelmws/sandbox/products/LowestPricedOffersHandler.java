package io.camelmws.sandbox.products;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.operation.OperationHandler;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.response.MwsTimestamps;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * GetLowestPricedOffersForSKU and ...ForASIN: one product, one ItemCondition, its market summarised (offer counts,
 * lowest prices by condition and channel, Buy Box prices and eligible offers) and its twenty cheapest offers of that
 * condition, the seller's own among them. Shapes as in the recorded answers of ScaleLeap/amazon-mws-api-sdk
 * (products_get_lowest_priced_offers_for_sku.xml, ..._for_asin.xml): the Result's attributes name marketplace, id,
 * condition and status; conditions are lower case in OfferCount and LowestPrice, capitalised in BuyBoxPrice.
 * <p>
 * The Buy Box: among the offers of a condition, those fulfilled by Amazon or shipping within two days from a seller
 * rated 90 % or better are eligible (and featured); the cheapest landed price among them wins.
 */
final class LowestPricedOffersHandler implements OperationHandler {

    static final List<String> CONDITIONS = List.of("New", "Used", "Collectible", "Refurbished", "Club");
    /** Products_GetLowestPricedOffersForSKU: "the top 20 offers". */
    static final int MAX_OFFERS = 20;

    private final ProductLookup lookup;
    private final ListingPrices prices;
    private final Supplier<Competition> competition;

    LowestPricedOffersHandler(ProductLookup lookup, ListingPrices prices, Supplier<Competition> competition) {
        this.lookup = lookup;
        this.prices = prices;
        this.competition = competition;
    }

    @Override
    public SandboxResponse handle(OperationCall call) {
        boolean bySku = call.action().endsWith("ForSKU");
        String marketplaceId = ItemList.marketplaceId(call);
        String parameter = bySku ? "SellerSKU" : "ASIN";
        String id = ItemList.required(call, parameter);
        ItemList.required(call, "ItemCondition");
        String condition = ItemList.oneOf(call, "ItemCondition", CONDITIONS);
        Listing listing = lookup.find(marketplaceId, bySku, id)
                .orElseThrow(() -> CatalogHandlers.unknownId(parameter, id, marketplaceId));
        ListingPrices.Snapshot snapshot = prices.at(call.now());
        List<Offer> offers = competition.get().offers(listing, snapshot.price(listing));
        String currency = listing.currencyCode();
        CatalogItem item = lookup.item(listing);
        String country = Marketplaces.byId(marketplaceId).orElseThrow().countryCode();
        // One id, one Result element carrying the request's marketplace, id and condition as attributes.
        return BatchAnswer.of(call, List.of(id), (xml, ignored) -> {
            String[] attributes = bySku
                    ? new String[] {"MarketplaceID", marketplaceId, "SKU", id, "ItemCondition", condition}
                    : new String[] {"MarketplaceID", marketplaceId, "ItemCondition", condition, "ASIN", id};
            BatchAnswer.startSuccess(xml, call, attributes);
            xml.start("Identifier").element("MarketplaceId", marketplaceId).element(parameter, id)
                    .element("ItemCondition", condition)
                    .element("TimeOfOfferChange", MwsTimestamps.header(snapshot.offerChangedAt(listing)))
                    .end("Identifier");
            summary(xml, offers, currency, item);
            xml.start("Offers");
            offers.stream().filter(offer -> offer.condition().equals(condition)).limit(MAX_OFFERS)
                    .forEach(offer -> offer(xml, offer, currency, country, offers));
            xml.end("Offers").end(BatchAnswer.resultElement(call));
        });
    }

    private static void summary(XmlWriter xml, List<Offer> offers, String currency, CatalogItem item) {
        xml.start("Summary").element("TotalOfferCount", Integer.toString(offers.size()));
        counts(xml, "NumberOfOffers", offers);
        xml.start("LowestPrices");
        for (Offer lowest : cheapestBy(offers, true).values()) {
            xml.start("LowestPrice", "condition", lowerCase(lowest.condition()), "fulfillmentChannel",
                    channel(lowest));
            PricingHandler.prices(xml, currency, lowest);
            xml.end("LowestPrice");
        }
        xml.end("LowestPrices").start("BuyBoxPrices");
        List<Offer> eligible = offers.stream().filter(LowestPricedOffersHandler::eligible).toList();
        for (Offer winner : cheapestBy(eligible, false).values()) {
            xml.start("BuyBoxPrice", "condition", winner.condition());
            PricingHandler.prices(xml, currency, winner);
            xml.end("BuyBoxPrice");
        }
        xml.end("BuyBoxPrices");
        PricingHandler.money(xml, "ListPrice", currency, item.listPrice());
        offers.stream().filter(offer -> "New".equals(offer.condition())).findFirst().ifPresent(lowest ->
                PricingHandler.money(xml, "SuggestedLowerPricePlusShipping", currency, lowest.landedPrice()));
        counts(xml, "BuyBoxEligibleOffers", eligible);
        xml.end("Summary");
    }

    private static void offer(XmlWriter xml, Offer offer, String currency, String country, List<Offer> offers) {
        int[] hours = shippingHours(offer);
        xml.start("Offer").element("MyOffer", Boolean.toString(offer.mine()))
                .element("SubCondition", lowerCase(offer.subcondition()).replace(' ', '_'))
                .start("SellerFeedbackRating")
                .element("SellerPositiveFeedbackRating", positiveRating(offer))
                .element("FeedbackCount", Long.toString(offer.feedbackCount()))
                .end("SellerFeedbackRating")
                .element("ShippingTime", "", "minimumHours", Integer.toString(hours[0]), "maximumHours",
                        Integer.toString(hours[1]), "availabilityType", "NOW");
        PricingHandler.money(xml, "ListingPrice", currency, offer.listingPrice());
        PricingHandler.money(xml, "Shipping", currency, offer.shipping());
        xml.start("ShipsFrom").element("Country", country).end("ShipsFrom")
                .element("IsFulfilledByAmazon", Boolean.toString(offer.amazon()))
                .element("IsBuyBoxWinner", Boolean.toString(offer == buyBoxWinner(offers, offer.condition())))
                .element("IsFeaturedMerchant", Boolean.toString(eligible(offer)))
                .end("Offer");
    }

    /** OfferCount per condition and channel, in the order the groups first appear (cheapest first). */
    private static void counts(XmlWriter xml, String name, List<Offer> offers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Offer> firsts = new LinkedHashMap<>();
        for (Offer offer : offers) {
            String key = offer.condition() + '|' + offer.amazon();
            counts.merge(key, 1, Integer::sum);
            firsts.putIfAbsent(key, offer);
        }
        xml.start(name);
        firsts.forEach((key, first) -> xml.element("OfferCount", Integer.toString(counts.get(key)), "condition",
                lowerCase(first.condition()), "fulfillmentChannel", channel(first)));
        xml.end(name);
    }

    /** The cheapest offer of each condition (and channel, when {@code byChannel}); offers come cheapest first. */
    private static Map<String, Offer> cheapestBy(List<Offer> offers, boolean byChannel) {
        Map<String, Offer> cheapest = new LinkedHashMap<>();
        for (Offer offer : offers) {
            cheapest.putIfAbsent(byChannel ? offer.condition() + '|' + offer.amazon() : offer.condition(), offer);
        }
        return cheapest;
    }

    private static Offer buyBoxWinner(List<Offer> offers, String condition) {
        return offers.stream().filter(offer -> offer.condition().equals(condition))
                .filter(LowestPricedOffersHandler::eligible).findFirst().orElse(null);
    }

    static boolean eligible(Offer offer) {
        return (offer.amazon() || "0-2 days".equals(offer.shippingTime())) && !offer.feedbackRating().startsWith("8");
    }

    /** A percentage inside the offer's feedback band ({@code 95-97%}), fixed by its feedback count. */
    private static String positiveRating(Offer offer) {
        String[] band = offer.feedbackRating().replace("%", "").split("-");
        int low = Integer.parseInt(band[0]);
        int high = Integer.parseInt(band[1]);
        return BigDecimal.valueOf(low + offer.feedbackCount() % (high - low + 1)).setScale(1).toPlainString();
    }

    /** {@code 0-2 days} is 0 to 48 hours, {@code 3-7 days} 72 to 168. */
    private static int[] shippingHours(Offer offer) {
        String[] days = offer.shippingTime().replace(" days", "").split("-");
        return new int[] {Integer.parseInt(days[0]) * 24, Integer.parseInt(days[1]) * 24};
    }

    private static String channel(Offer offer) {
        return offer.amazon() ? "Amazon" : "Merchant";
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
