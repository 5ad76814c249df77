package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.PageToken;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NextTokens of the two Finances lists. A token carries the query, the page size, the instant the first page
 * read the seller's money at and how many items were returned: the items of a past window never change (they are a
 * function of the order book's generation, which the token carries too), so an offset continues exactly.
 */
final class FinancesPaging {

    static final int MAX_RESULTS = 100;
    private static final String MAX = "MaxResultsPerPage";
    private static final String READ_AT = "Sandbox.ReadAt";
    private static final String OFFSET = "Sandbox.Offset";
    private static final String GENERATION = "Sandbox.Generation";

    private final String kind;
    private final OrderBook book;

    FinancesPaging(String kind, OrderBook book) {
        this.kind = kind;
        this.book = book;
    }

    /** Where a listing stands. */
    record Cursor(Map<String, String> query, Instant readAt, int pageSize, int offset) {
    }

    /** One page and the token of the next, {@code null} on the last. */
    record Page<T>(List<T> items, String nextToken) {
    }

    Cursor first(WebServiceParameters parameters, Map<String, String> query, Instant now) {
        return new Cursor(query, now, parameters.integer(MAX, MAX_RESULTS, 1, MAX_RESULTS), 0);
    }

    Cursor resume(OperationCall call) {
        String token = new WebServiceParameters(call.parameters()).nextToken();
        Map<String, String> state = PageToken.decode(kind, token);
        try {
            if (Integer.parseInt(state.remove(GENERATION)) != book.generation()) {
                throw OperationFailure.invalid("The NextToken " + token + " has expired: the seller's data was "
                        + "reset since it was issued; start again without a NextToken.");
            }
            Instant readAt = Instant.parse(state.remove(READ_AT));
            int offset = Integer.parseInt(state.remove(OFFSET));
            int pageSize = Integer.parseInt(state.remove(MAX));
            return new Cursor(state, readAt, pageSize, offset);
        } catch (RuntimeException malformed) {
            if (malformed instanceof OperationFailure failure) {
                throw failure;
            }
            throw OperationFailure.invalid("Invalid NextToken " + token + ": pass the NextToken of the previous page "
                    + "of the same operation unchanged.");
        }
    }

    <T> Page<T> page(List<T> all, Cursor cursor) {
        int from = Math.min(cursor.offset(), all.size());
        int to = Math.min(from + cursor.pageSize(), all.size());
        String next = null;
        if (to < all.size()) {
            Map<String, String> state = new LinkedHashMap<>(cursor.query());
            state.put(GENERATION, Integer.toString(book.generation()));
            state.put(READ_AT, cursor.readAt().toString());
            state.put(OFFSET, Integer.toString(to));
            state.put(MAX, Integer.toString(cursor.pageSize()));
            next = PageToken.encode(kind, state);
        }
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }
}
