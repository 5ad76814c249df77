package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.data.MwsModels;
import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;

/**
 * ListFinancialEvents from a watermark (PostedAfter). Its answer echoes no end of the window, so the consumer closes
 * every window itself with PostedBefore: MWS's present as its latest answer dated it ({@link PolledSources#mwsNow}), less the catalog's lag
 * (MWS refuses a PostedBefore later than two minutes before the request, and still posts events in those two minutes)
 * and a margin for the skew estimate; at most maxPollWindow after the watermark. The next window starts at that
 * PostedBefore. Each event of the catalog's lists is one message, told by its list (CamelMwsFinancialEventType).
 */
final class FinancialEventsSource implements PolledSource {

    /** Kept clear of MWS's latest allowed end: the measured skew is an estimate, and a window MWS refuses fails the poll. */
    static final Duration CLOSE_MARGIN = Duration.ofMinutes(1);

    private final MwsEndpoint endpoint;
    private final PolledListing listing;
    private final PollSpec spec;
    private final Class<?> model;
    private final Duration maxWindow;

    FinancialEventsSource(MwsEndpoint endpoint, PolledListing listing) {
        this.endpoint = endpoint;
        this.listing = listing;
        this.spec = listing.spec();
        this.model = MwsModels.resultModel(endpoint.settings().target().section(), spec.model());
        this.maxWindow = Duration.ofMillis(endpoint.getConfiguration().getMaxPollWindow());
    }

    @Override
    public PolledAnswer list(Instant after) {
        Instant latest = PolledSources.mwsNow(endpoint).minus(spec.closeLag()).minus(CLOSE_MARGIN).truncatedTo(ChronoUnit.SECONDS);
        if (!latest.isAfter(after)) {
            // The watermark is within MWS's last minutes: no window MWS accepts yet; the next poll asks.
            return new PolledAnswer(List.of(), after);
        }
        Instant capped = after.plus(maxWindow);
        boolean windowCapped = capped.isBefore(latest);
        Instant before = windowCapped ? capped : latest;
        PolledAnswer listed = listing.list(after, Map.of(spec.close(), before));
        return new PolledAnswer(listed.items(), before, windowCapped);
    }

    @Override
    public void fill(Exchange exchange, PolledItem item) {
        Message message = exchange.getMessage();
        message.setBody(endpoint.settings().polledBodies().element(item.xml(), model, endpoint.settings().target().action()));
        String list = PolledAnswer.listOf(item, spec);
        // ShipmentEventList's events are ShipmentEvents, RefundEventList's RefundEvents: the list names the kind.
        message.setHeader(MwsConstants.FINANCIAL_EVENT_TYPE, list.substring(0, list.length() - "List".length()));
        message.setHeader(PolledSources.header(spec.id()), item.field(spec.id()));
        message.setHeader(PolledSources.header(spec.version()), item.version());
        message.setHeader(MwsConstants.POLLED_KEY, item.key());
    }
}
