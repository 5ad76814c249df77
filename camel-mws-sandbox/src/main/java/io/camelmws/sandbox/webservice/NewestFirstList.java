package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One newest-first list of the Reports and Feeds sections as its three operations see it: {@code List} reads a
 * query and answers the first page, {@code ListByNextToken} reads the query back from the token (its date window
 * fixed at the first page) and continues after the last item returned, {@code Count} counts the matches. MaxCount
 * is 1-100, default 10, for every list of the two sections.
 *
 * @param <Q> the list's filters
 * @param <T> an item as listed, with whatever state it was matched in
 */
public final class NewestFirstList<Q extends NewestFirstList.Query, T> {

    private static final int MAX_COUNT = 100;
    private static final int DEFAULT_MAX_COUNT = 10;
    private static final String MAX_COUNT_PARAMETER = "MaxCount";

    /** The filters of a list, written into its NextTokens as parameters the query can be read from again. */
    public interface Query {
        /** The query as request parameters, in a new mutable map. */
        Map<String, String> toState();
    }

    private final String tokenKind;
    private final BiFunction<WebServiceParameters, Instant, Q> readQuery;
    private final BiFunction<Q, Instant, List<T>> matches;
    private final Function<T, Pager.Position> position;
    private final BiConsumer<XmlWriter, T> writeItem;

    /**
     * @param tokenKind which list the tokens continue, e.g. {@code GetReportRequestList}
     * @param readQuery the query of a request or a token's state, at the simulated now
     * @param matches   every item the query selects at the simulated now, in any order
     * @param position  where an item sorts
     * @param writeItem one item of a page
     */
    public NewestFirstList(String tokenKind, BiFunction<WebServiceParameters, Instant, Q> readQuery,
                           BiFunction<Q, Instant, List<T>> matches, Function<T, Pager.Position> position,
                           BiConsumer<XmlWriter, T> writeItem) {
        this.tokenKind = tokenKind;
        this.readQuery = readQuery;
        this.matches = matches;
        this.position = position;
        this.writeItem = writeItem;
    }

    public SandboxResponse list(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        return page(call, readQuery.apply(parameters, call.now()), maxCount(parameters), null);
    }

    public SandboxResponse listByNextToken(OperationCall call) {
        Map<String, String> state = PageToken.decode(tokenKind,
                new WebServiceParameters(call.parameters()).nextToken());
        WebServiceParameters saved = new WebServiceParameters(state);
        return page(call, readQuery.apply(saved, call.now()), maxCount(saved), Pager.load(state));
    }

    public SandboxResponse count(OperationCall call) {
        Q query = readQuery.apply(new WebServiceParameters(call.parameters()), call.now());
        int count = matches.apply(query, call.now()).size();
        return WebServiceResponses.result(call, xml -> xml.element("Count", Integer.toString(count)));
    }

    /** What {@code query} selects at {@code now}, newest first: the order of every page. */
    public List<T> newestFirst(Q query, Instant now) {
        List<T> sorted = new ArrayList<>(matches.apply(query, now));
        sorted.sort((a, b) -> Pager.NEWEST_FIRST.compare(position.apply(a), position.apply(b)));
        return sorted;
    }

    private SandboxResponse page(OperationCall call, Q query, int maxCount, Pager.Position after) {
        Pager.Page<T> page = Pager.page(newestFirst(query, call.now()), position, after, maxCount);
        String nextToken = null;
        if (page.hasNext()) {
            Map<String, String> state = query.toState();
            state.put(MAX_COUNT_PARAMETER, Integer.toString(maxCount));
            Pager.save(position.apply(page.last()), state);
            nextToken = PageToken.encode(tokenKind, state);
        }
        String token = nextToken;
        return WebServiceResponses.result(call, xml -> {
            xml.element("NextToken", token).element("HasNext", Boolean.toString(page.hasNext()));
            page.items().forEach(item -> writeItem.accept(xml, item));
        });
    }

    private static int maxCount(WebServiceParameters parameters) {
        return parameters.integer(MAX_COUNT_PARAMETER, DEFAULT_MAX_COUNT, 1, MAX_COUNT);
    }
}
