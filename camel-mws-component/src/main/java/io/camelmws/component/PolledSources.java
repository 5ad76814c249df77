package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.pipeline.CallStats;
import io.camelmws.component.pipeline.SkewCorrectedClock;

/** Chooses the small class that polls an endpoint's list, by the catalog's poll kind; and what those classes share. */
final class PolledSources {

    private PolledSources() {
    }

    static PolledSource of(MwsEndpoint endpoint, PolledListing listing) {
        PollSpec.Kind kind = listing.spec().kind();
        switch (kind) {
            case REPORTS:
                return new ReportsSource(endpoint, listing);
            case FEED_RESULTS:
                return new FeedResultsSource(endpoint, listing);
            case FINANCIAL_EVENTS:
                return new FinancialEventsSource(endpoint, listing);
            case INVENTORY_SUPPLY:
                return new InventorySupplySource(endpoint, listing);
            default:
                return new WatermarkSource(endpoint, listing);
        }
    }

    /** Another operation of the endpoint's section, as the catalog's poll names it (GetReport, ListOrderItems). */
    static ResolvedOperation sibling(MwsEndpoint endpoint, String action) {
        ResolvedOperation target = endpoint.settings().target();
        return new OperationResolver(MwsCatalog.standard()).resolve(action, target.section().name(), target.version());
    }

    /** One call through the endpoint's pipeline (the seller's quota), waited for on the polling thread. */
    static MwsResult call(MwsEndpoint endpoint, ResolvedOperation operation, SortedMap<String, String> parameters) {
        return PageIterator.await(endpoint.pipeline().call(operation, parameters, null, new CallStats()), operation);
    }

    /** The operation every section has, answered cheaply, whose answer dates MWS's present when nothing else has yet. */
    private static final String SERVICE_STATUS = "GetServiceStatus";

    /**
     * MWS's present, for a window the consumer closes itself: the time MWS stated in its latest answer to this seller
     * (x-mws-timestamp or Date; a scaled sandbox's simulated time), plus the time passed here since, at the component's
     * timeScale. Never this machine's clock: it may be off MWS's by minutes, and a window MWS refuses fails the poll.
     * Answers are dated when they are sent, so this is a lower bound of MWS's time at the next request. Before any answer,
     * the section's GetServiceStatus is asked once (within its own quota) to learn it.
     *
     * @throws IllegalStateException when MWS's answers carry no time
     */
    static Instant mwsNow(MwsEndpoint endpoint) {
        SkewCorrectedClock clock = endpoint.pipeline().clock();
        SkewCorrectedClock.PayloadReading reading = clock.lastPayloadReading();
        if (reading == null) {
            call(endpoint, sibling(endpoint, SERVICE_STATUS), new TreeMap<>());
            reading = clock.lastPayloadReading();
        }
        if (reading == null) {
            throw new IllegalStateException(endpoint.settings().target().action() + ": MWS's answers state no time (x-mws-timestamp or Date);"
                                            + " the consumer cannot tell where MWS lets a window end, so it lists nothing");
        }
        long passed = Math.max(0, Duration.between(reading.receivedAt(), Instant.now()).toNanos());
        return reading.payloadTime().plusNanos(Math.round(passed * endpoint.getComponent().getTimeScale()));
    }

    static SortedMap<String, String> parameters(String name, String value) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put(name, value);
        return parameters;
    }

    /** The header an item's element is told by: CamelMws and the element's name (CamelMwsAmazonOrderId, CamelMwsReportId). */
    static String header(String element) {
        return "CamelMws" + element;
    }
}
