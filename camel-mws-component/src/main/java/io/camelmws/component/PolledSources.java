package io.camelmws.component;

import java.util.SortedMap;
import java.util.TreeMap;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.pipeline.CallStats;

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
