package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.param.ParameterBinder;
import io.camelmws.component.pipeline.CallPipeline;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;
import io.camelmws.component.xml.ListedItems;
import io.camelmws.component.xml.SafeXml;

/**
 * One poll's listing: the endpoint's list operation from a watermark, then its ByNextToken operation to the last page,
 * through the endpoint's call pipeline (the seller's shared quota, signing, retries). The parameters are the
 * endpoint's, as a producer would send them, plus the window. What an item is comes from the catalog's {@link PollSpec}.
 */
final class PolledListing {

    private final MwsEndpoint endpoint;
    private final PollSpec spec;
    private final ResolvedOperation byNextToken;
    private final Duration maxWindow;
    /** What each page's scan notes of its items, so a page is read once: the call's scan is the listing's reading. */
    private final ListedItems listed;
    /** Kept clear of MWS's latest allowed end: the measured skew is an estimate, and a window MWS refuses fails the poll. */
    private static final Duration CLOSE_MARGIN = Duration.ofMinutes(1);
    /**
     * The items one window the consumer closes itself aims at. A window is listed whole and sorted before any of it is
     * emitted, so its items are all in memory at once: a catch-up over a busy seller's days lists more, shorter windows
     * instead of a day of thousands of orders. The extra requests are few beside the pages (ListOrders and its
     * ByNextToken share one quota, and a window of 2 000 orders is 20 pages).
     */
    static final int WINDOW_ITEMS = 2_000;
    /** The shortest window a busy listing shrinks the next one to. */
    static final Duration MIN_WINDOW = Duration.ofMinutes(1);
    /** The length of the next window the consumer closes itself: maxPollWindow, shorter after a listing of many items. */
    private volatile Duration window;

    /** @throws IllegalArgumentException when the endpoint cannot be polled as it is configured, naming what to change */
    PolledListing(MwsEndpoint endpoint) {
        this.endpoint = endpoint;
        ResolvedOperation target = endpoint.settings().target();
        this.spec = specOf(target);
        for (String window : spec.window()) {
            if (endpoint.getConfiguration().getParameters().containsKey(window)) {
                throw new IllegalArgumentException("param." + window + " cannot be set on a consumer of " + target.action() + ": each poll sets"
                                                   + " its own window from the watermark; use initialLastUpdatedAfter for where the first poll starts");
            }
        }
        this.byNextToken = EndpointSettings.nextPageOperation(MwsCatalog.standard(), target);
        long maxWindow = endpoint.getConfiguration().getMaxPollWindow();
        if (maxWindow <= 0) {
            throw new IllegalArgumentException("maxPollWindow must be a positive duration (PT6H, 6h, P1D), was " + maxWindow + " ms");
        }
        this.maxWindow = Duration.ofMillis(maxWindow);
        this.window = this.maxWindow;
        this.listed = PolledAnswer.listedItemsOf(spec);
    }

    /** The catalog's poll of {@code target}, or a refusal naming the operations that can be polled. */
    static PollSpec specOf(ResolvedOperation target) {
        return target.operation().polled().orElseThrow(() -> new IllegalArgumentException(
                "The mws consumer polls " + String.join(", ", pollable()) + " (from(\"mws:ListOrders?...\")); mws:" + target.action()
                + " can be called with to(\"mws:" + target.action() + "\")"));
    }

    static List<String> pollable() {
        return MwsCatalog.standard().sections().stream().flatMap(section -> section.operations().values().stream())
                .filter(operation -> operation.polled().isPresent()).map(operation -> operation.name()).distinct().toList();
    }

    PollSpec spec() {
        return spec;
    }

    /**
     * What identifies the items this consumer follows, and so its watermark: seller, MWS endpoint, action and filters.
     * Another filter is another stream of items, which starts from initialLastUpdatedAfter.
     */
    String stateKey() {
        MwsConfiguration c = endpoint.getConfiguration();
        String key = String.join("|", "mws", c.getSellerId(), endpoint.settings().baseUrl(), endpoint.settings().target().action(),
                String.join(",", c.marketplaceIds()), String.valueOf(c.getOrderStatus()), String.valueOf(c.getFulfillmentChannel()),
                new TreeMap<>(c.getParameters()).toString());
        // Appended only when set, so the orders consumer keeps the key its state was stored under before reports were polled.
        return c.getReportTypes() == null ? key : key + "|" + c.getReportTypes();
    }

    /**
     * Every item listed from {@code after}, oldest version first.
     *
     * @param extra parameters the source adds (MaxCount, a status filter)
     * @return the items, with the window's end MWS answered, or null when its answer has no such element
     */
    PolledAnswer list(Instant after, Map<String, Object> extra) {
        CallPipeline pipeline = endpoint.pipeline();
        MwsConfiguration configuration = endpoint.getConfiguration();
        Map<String, Object> values = new LinkedHashMap<>(configuration.getParameters());
        ExchangeRequest.putOptions(values, configuration);
        values.putAll(extra);
        values.put(spec.after(), after);
        Instant closedAt = closeOf(after, pipeline.clock().instant());
        if (closedAt != null) {
            values.put(spec.close(), closedAt);
        }
        ResolvedOperation target = endpoint.settings().target();
        SortedMap<String, String> parameters = ParameterBinder.bind(target, values, configuration.marketplaceIds());
        MwsResult first = PageIterator.await(pipeline.call(target, parameters, null, new CallStats(), listed), target);
        PageIterator<PolledAnswer> pages = new PageIterator<>(first, target, pipeline, byNextToken, 0, this::answer, listed);
        List<PolledItem> items = new ArrayList<>();
        Instant listedUntil = null;
        while (pages.hasNext()) {
            PolledAnswer page = pages.next();
            items.addAll(page.items());
            // Only the first page carries it at MWS; every page of one listing reads the same window.
            if (listedUntil == null) {
                listedUntil = page.listedUntil();
            }
        }
        if (listedUntil == null && spec.before() != null) {
            throw new IllegalStateException(target.action() + " answered without " + spec.before() + "; the consumer cannot tell where its"
                                            + " next poll starts, so it delivers nothing from this answer");
        }
        items.sort(PolledItem.BY_VERSION);
        if (spec.close() != null) {
            adaptWindow(items.size(), Duration.between(after, closedAt != null ? closedAt : listedUntil != null ? listedUntil : after.plus(window)));
        }
        return new PolledAnswer(items, listedUntil, closedAt != null);
    }

    /**
     * The next window from this one's items over the time it spanned: shorter, in proportion, when it listed more than
     * {@link #WINDOW_ITEMS}; twice as long (up to maxPollWindow) when it listed less than a quarter of them.
     */
    private void adaptWindow(int items, Duration spanned) {
        if (items > WINDOW_ITEMS && spanned.compareTo(MIN_WINDOW) > 0) {
            Duration shorter = spanned.multipliedBy(WINDOW_ITEMS).dividedBy(items);
            window = shorter.compareTo(MIN_WINDOW) < 0 ? MIN_WINDOW : shorter;
        } else if (items < WINDOW_ITEMS / 4 && window.compareTo(maxWindow) < 0) {
            Duration longer = window.multipliedBy(2);
            window = longer.compareTo(maxWindow) > 0 ? maxWindow : longer;
        }
    }

    /**
     * Where this listing's window is closed by the consumer: {@code after} plus the window's length (maxPollWindow, or
     * less after a listing of many items), when that is well before the latest end MWS accepts ({@code now} less the
     * catalog's lag); else null, and MWS closes it at its present.
     */
    private Instant closeOf(Instant after, Instant now) {
        if (spec.close() == null) {
            return null;
        }
        Instant capped = after.plus(window);
        return capped.isBefore(now.minus(spec.closeLag()).minus(CLOSE_MARGIN)) ? capped : null;
    }

    private PolledAnswer answer(MwsResult page, ResolvedOperation operation, int pageNumber) {
        try {
            ListedItems.Found found = page.scan() == null ? null : page.scan().listed();
            return found == null ? PolledAnswer.of(page.response().text(), spec, operation.action())
                    : PolledAnswer.of(page.response().text(), found, spec, operation.action());
        } catch (SafeXml.UnsafeOrMalformedXmlException e) {
            throw new IllegalStateException(operation.action() + " page " + pageNumber + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
