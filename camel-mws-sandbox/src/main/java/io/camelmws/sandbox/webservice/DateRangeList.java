package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of one marketplace over a date range, paged by NextToken, as Cart and Customer Information list carts
 * and customers: {@code MarketplaceId}, {@code DateRangeStart} (required or not), {@code DateRangeEnd} (default:
 * now, fixed at the first page so later pages continue one result set) and the list's own filters.
 *
 * @param <T> an item of the list
 */
public final class DateRangeList<T> {

    /** The items of a query, in page order. */
    @FunctionalInterface
    public interface Source<T> {
        List<T> items(String marketplaceId, WebServiceParameters query, Instant from, Instant to, Instant now);
    }

    /** Writes one page's payload: the items, then wherever the list puts its NextToken. */
    @FunctionalInterface
    public interface PageWriter<T> {
        void write(XmlWriter xml, List<T> items, String nextToken);
    }

    private static final String START = "DateRangeStart";
    private static final String END = "DateRangeEnd";

    private final String kind;
    private final int pageSize;
    private final boolean startRequired;
    private final List<String> filters;
    private final Source<T> source;
    private final PageWriter<T> writer;

    /**
     * @param kind          the list operation the tokens continue, e.g. {@code ListCarts}
     * @param startRequired whether DateRangeStart must be given
     * @param filters       the list's other parameters, kept in its tokens
     */
    public DateRangeList(String kind, int pageSize, boolean startRequired, List<String> filters, Source<T> source,
                         PageWriter<T> writer) {
        this.kind = kind;
        this.pageSize = pageSize;
        this.startRequired = startRequired;
        this.filters = List.copyOf(filters);
        this.source = source;
        this.writer = writer;
    }

    public SandboxResponse list(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("MarketplaceId", parameters.marketplaceId(List.of()));
        Instant from = startRequired ? WebServiceDates.parse(START, parameters.required(START))
                : parameters.date(START, Instant.EPOCH);
        Instant to = parameters.date(END, call.now());
        if (to.isBefore(from)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(END, parameters.optional(END),
                    "a date-time after DateRangeStart " + from));
        }
        query.put(START, from.toString());
        query.put(END, to.toString());
        for (String filter : filters) {
            if (parameters.optional(filter) != null) {
                query.put(filter, parameters.optional(filter));
            }
        }
        return page(call, query, 0);
    }

    public SandboxResponse listByNextToken(OperationCall call) {
        Map<String, String> query = OffsetPages.resume(kind, new WebServiceParameters(call.parameters()).nextToken());
        int offset = OffsetPages.offset(query);
        return page(call, query, offset);
    }

    private SandboxResponse page(OperationCall call, Map<String, String> query, int offset) {
        WebServiceParameters saved = new WebServiceParameters(query);
        List<T> items = source.items(saved.required("MarketplaceId"), saved, Instant.parse(saved.required(START)),
                Instant.parse(saved.required(END)), call.now());
        OffsetPages.Page<T> page = OffsetPages.page(kind, items, offset, pageSize, query);
        return WebServiceResponses.result(call, xml -> writer.write(xml, page.items(), page.nextToken()));
    }
}
