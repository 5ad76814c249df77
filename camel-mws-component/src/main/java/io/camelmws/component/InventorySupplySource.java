package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.data.MwsModels;
import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;

/**
 * ListInventorySupply from a watermark (QueryStartDateTime): the FBA supply of every SKU whose supply changed at or
 * after it. The answer states no end of what it covers and no instant per SKU, so the next watermark is MWS's
 * present as its latest answer dated it ({@link PolledSources#mwsNow}), read before the listing is asked for and
 * less {@link #SKEW_MARGIN}: a change MWS records after that instant is listed again by the next poll, never missed.
 * <p>
 * Windows therefore overlap, and a SKU has no version: each listed supply is keyed by its SellerSKU and a digest of
 * its values, and delivered only when that key differs from the one last delivered for the SKU (kept per SKU in
 * the state repository). A SKU listed again unchanged is not delivered again; one that went back to a state
 * delivered earlier, with another delivered in between, is. Every listed supply is dated with the listing's
 * QueryStartDateTime, so a supply whose exchange fails holds the watermark there and the next poll lists it again.
 */
final class InventorySupplySource implements PolledSource {

    /**
     * Taken off MWS's present for the next watermark: MWS may date a change a little before it can be listed, and
     * the present read here is an estimate. Changes in it are listed twice and delivered once.
     */
    static final Duration SKEW_MARGIN = Duration.ofMinutes(1);
    /** Within one listing: by SKU, as MWS pages them, so a rewound poll emits the same sequence again. */
    private static final Comparator<PolledItem> BY_SKU = Comparator.comparing(PolledItem::id);

    private final MwsEndpoint endpoint;
    private final PolledListing listing;
    private final PollSpec spec;
    private final Class<?> model;

    InventorySupplySource(MwsEndpoint endpoint, PolledListing listing) {
        this.endpoint = endpoint;
        this.listing = listing;
        this.spec = listing.spec();
        this.model = MwsModels.resultModel(endpoint.settings().target().section(), spec.model());
    }

    @Override
    public PolledAnswer list(Instant after) {
        // Read before the call: MWS answers at or after this instant, so every change it has not listed yet is later.
        Instant next = PolledSources.mwsNow(endpoint).minus(SKEW_MARGIN).truncatedTo(ChronoUnit.SECONDS);
        PolledAnswer listed = listing.list(after, Map.of());
        List<PolledItem> supplies = listed.items().stream()
                .map(item -> new PolledItem(item.id(), after, item.xml(), item.fields(), item.id() + "|" + PolledAnswer.digest(item.xml())))
                .sorted(BY_SKU).toList();
        // A watermark within the margin of MWS's present stays where it is: it never moves back.
        return new PolledAnswer(supplies, next.isAfter(after) ? next : after);
    }

    @Override
    public void fill(Exchange exchange, PolledItem item) {
        Message message = exchange.getMessage();
        message.setBody(endpoint.settings().polledBodies().element(item.xml(), model, endpoint.settings().target().action()));
        message.setHeader(MwsConstants.SELLER_SKU, item.id());
        message.setHeader(MwsConstants.QUERY_START_DATE_TIME, item.version());
        message.setHeader(MwsConstants.POLLED_KEY, item.key());
    }
}
