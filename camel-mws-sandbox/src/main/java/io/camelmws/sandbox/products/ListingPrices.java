package io.camelmws.sandbox.products;

import io.camelmws.sandbox.feeds.FeedStore;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The price each listing has at an instant: the catalog's price, replaced by every price feed that has finished
 * processing by then, in submission order, in the marketplaces the feed named (the seller's home marketplace when
 * it named none). A pure function of the feed store and the simulated clock, like the order book: nothing to keep
 * in step, and a reset of the feeds resets the prices. A price in another currency than the listing's is not
 * applied (MWS does not convert).
 */
final class ListingPrices {

    private final FeedStore feeds;
    /** Parsed once per feed: a feed's body never changes. */
    private final Map<String, List<PriceChange>> changesByFeed = new ConcurrentHashMap<>();

    ListingPrices(FeedStore feeds) {
        this.feeds = feeds;
    }

    /** The current prices at {@code now}, to look up each listing of one request. */
    Snapshot at(Instant now) {
        List<ReceivedFeed> processed = feeds.processedBy(now);
        Set<String> stillStored = processed.stream().map(ReceivedFeed::feedSubmissionId).collect(Collectors.toSet());
        changesByFeed.keySet().retainAll(stillStored);
        Map<String, PriceChange> latest = new HashMap<>();
        Map<String, Instant> changedAt = new HashMap<>();
        for (ReceivedFeed feed : processed) {
            if (!PriceFeedReader.changesPrices(feed)) {
                continue;
            }
            List<String> marketplaces = feed.marketplaceIds().isEmpty() ? List.of(MarketplaceLocale.DEFAULT.id())
                    : feed.marketplaceIds();
            for (PriceChange change : changesByFeed.computeIfAbsent(feed.feedSubmissionId(),
                    id -> PriceFeedReader.read(feed))) {
                for (String marketplaceId : marketplaces) {
                    latest.put(key(marketplaceId, change.sellerSku()), change);
                    changedAt.put(key(marketplaceId, change.sellerSku()), feed.submittedAt());
                }
            }
        }
        return new Snapshot(latest, changedAt);
    }

    private static String key(String marketplaceId, String sellerSku) {
        return marketplaceId + '\n' + sellerSku;
    }

    /** The prices of one instant. */
    static final class Snapshot {
        private final Map<String, PriceChange> changes;
        private final Map<String, Instant> changedAt;

        private Snapshot(Map<String, PriceChange> changes, Map<String, Instant> changedAt) {
            this.changes = changes;
            this.changedAt = changedAt;
        }

        /**
         * When the listing's offer last changed: the submission of the price feed that set its price (feeds are
         * applied in submission order), else the day it was opened. GetLowestPricedOffers' TimeOfOfferChange.
         */
        Instant offerChangedAt(Listing listing) {
            return changedAt.getOrDefault(key(listing.marketplaceId(), listing.sellerSku()), listing.openDate());
        }

        /** The listing's price, in its currency, with the currency's decimals. */
        BigDecimal price(Listing listing) {
            PriceChange change = changes.get(key(listing.marketplaceId(), listing.sellerSku()));
            if (change == null || (change.currencyCode() != null
                    && !change.currencyCode().equals(listing.currencyCode()))) {
                return listing.price();
            }
            int decimals = Currency.getInstance(listing.currencyCode()).getDefaultFractionDigits();
            return change.price().setScale(decimals, RoundingMode.HALF_UP);
        }
    }
}
