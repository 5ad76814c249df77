package io.camelmws.component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.camelmws.component.catalog.PollSpec;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.data.MwsModels;
import io.camelmws.component.model.MwsResult;
import io.camelmws.component.paging.PageIterator;
import io.camelmws.component.poll.PolledAnswer;
import io.camelmws.component.poll.PolledItem;

/**
 * A list whose window MWS closes with an instant of its own (ListOrders' LastUpdatedBefore): every listed version is
 * delivered, as XML, its model or JSON, with its id and version as headers (CamelMwsAmazonOrderId,
 * CamelMwsLastUpdateDate); with includeItems, its parts (ListOrderItems) attached first.
 */
final class WatermarkSource implements PolledSource {

    private final MwsEndpoint endpoint;
    private final PolledListing listing;
    private final PollSpec spec;
    private final Class<?> model;
    private final ResolvedOperation details;
    private final ResolvedOperation detailsNext;

    WatermarkSource(MwsEndpoint endpoint, PolledListing listing) {
        this.endpoint = endpoint;
        this.listing = listing;
        this.spec = listing.spec();
        ResolvedOperation target = endpoint.settings().target();
        this.model = spec.model() == null ? null : MwsModels.resultModel(target.section(), spec.model());
        boolean withDetails = endpoint.getConfiguration().isIncludeItems();
        this.details = withDetails ? PolledSources.sibling(endpoint, spec.details()) : null;
        this.detailsNext = withDetails ? EndpointSettings.nextPageOperation(io.camelmws.component.catalog.MwsCatalog.standard(), details) : null;
    }

    @Override
    public PolledAnswer list(Instant after) {
        return listing.list(after, Map.of());
    }

    @Override
    public void fill(Exchange exchange, PolledItem item) {
        String xml = details == null ? item.xml() : withDetails(item);
        Message message = exchange.getMessage();
        ResultBodies bodies = endpoint.settings().polledBodies();
        message.setBody(model == null ? xml : bodies.element(xml, model, endpoint.settings().target().action()));
        message.setHeader(PolledSources.header(spec.id()), item.id());
        message.setHeader(PolledSources.header(spec.version()), item.version());
    }

    /** The item with its parts, every page of them, attached as its last child element. */
    private String withDetails(PolledItem item) {
        MwsResult first = PolledSources.call(endpoint, details, PolledSources.parameters(spec.id(), item.id()));
        PageIterator<List<String>> pages = new PageIterator<>(first, details, endpoint.pipeline(), detailsNext, 0,
                (page, operation, number) -> PolledAnswer.elements(page.response().text(), spec.detail(), operation.action()));
        StringBuilder parts = new StringBuilder("<").append(spec.detailList()).append('>');
        while (pages.hasNext()) {
            pages.next().forEach(parts::append);
        }
        parts.append("</").append(spec.detailList()).append('>');
        String xml = item.xml();
        int end = xml.lastIndexOf("</" + spec.item());
        return xml.substring(0, end) + parts + xml.substring(end);
    }
}
