package io.camelmws.sandbox.webservice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of a list whose order is fixed for a query (recommendations, carts, customers): a NextToken carries the
 * query and the offset of the next page, so the sandbox keeps no per-token state. The list is recomputed for each
 * page from the query (its date window fixed at the first page), as MWS's own tokens continued one result set.
 */
public final class OffsetPages {

    private static final String OFFSET = "offset";

    private OffsetPages() {
    }

    /**
     * One page and the token of the next, or a {@code null} token on the last page.
     *
     * @param <T> an item of the list
     */
    public record Page<T>(List<T> items, String nextToken) {
    }

    /**
     * The page of {@code all} starting at {@code offset}.
     *
     * @param kind  which list the token continues, e.g. {@code ListCarts}
     * @param query the query as parameters, written into the token so the next page reads it back
     */
    public static <T> Page<T> page(String kind, List<T> all, int offset, int pageSize, Map<String, String> query) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + pageSize);
        String token = null;
        if (to < all.size()) {
            Map<String, String> state = new LinkedHashMap<>(query);
            state.put(OFFSET, Integer.toString(to));
            token = PageToken.encode(kind, state);
        }
        return new Page<>(List.copyOf(all.subList(from, to)), token);
    }

    /** The query a token of {@code kind} carries, with the offset under {@link #offset(Map)}. */
    public static Map<String, String> resume(String kind, String token) {
        return PageToken.decode(kind, token);
    }

    /** The offset in a token's state; 0 when it has none. */
    public static int offset(Map<String, String> state) {
        String offset = state.remove(OFFSET);
        try {
            return offset == null ? 0 : Math.max(0, Integer.parseInt(offset));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
