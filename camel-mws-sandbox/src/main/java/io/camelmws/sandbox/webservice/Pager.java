package io.camelmws.sandbox.webservice;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pages of the sandbox's lists. {@link #take} is the page itself: up to a page size of items in the list's order,
 * and whether more follow. {@link #page} is the newest-first page of the Reports and Feeds lists, which continues
 * after the position (instant, number) of the last item returned rather than after a count, so items that change
 * status or arrive between two pages neither repeat nor vanish.
 */
public final class Pager {

    private static final String AT = "After.Instant";
    private static final String NUMBER = "After.Number";

    private Pager() {
    }

    /** Where an item sorts: by instant, then by number, newest (largest) first. */
    public record Position(Instant at, long number) {
    }

    /** Newest first. */
    public static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::at)
            .thenComparingLong(Position::number).reversed();

    /**
     * @param items     the items of this page, in the list's order
     * @param following the first item after them, where the next page starts; {@code null} on the last page
     */
    public record Page<T>(List<T> items, T following) {

        public boolean hasNext() {
            return following != null;
        }

        /** The last item of this page; {@code null} if it is empty. */
        public T last() {
            return items.isEmpty() ? null : items.get(items.size() - 1);
        }
    }

    /**
     * The next {@code max} items of {@code inListOrder}, which is read one item past them (to learn whether more
     * follow) and no further: a lazily filtered source is scanned only as far as the page needs.
     */
    public static <T> Page<T> take(Iterator<T> inListOrder, int max) {
        List<T> items = new ArrayList<>(Math.min(max, 128));
        while (items.size() < max && inListOrder.hasNext()) {
            items.add(inListOrder.next());
        }
        return new Page<>(List.copyOf(items), inListOrder.hasNext() ? inListOrder.next() : null);
    }

    /**
     * @param newestFirst the items of every page, in {@link #NEWEST_FIRST} order of their positions
     * @param after       the position of the last item of the previous page, or {@code null} for the first page
     */
    public static <T> Page<T> page(List<T> newestFirst, Function<T, Position> position, Position after, int max) {
        int from = 0;
        if (after != null) {
            while (from < newestFirst.size() && NEWEST_FIRST.compare(position.apply(newestFirst.get(from)), after) <= 0) {
                from++;
            }
        }
        return take(newestFirst.listIterator(from), max);
    }
    /** Puts the position into a NextToken's state. */
    public static void save(Position position, Map<String, String> state) {
        state.put(AT, position.at().toString());
        state.put(NUMBER, Long.toString(position.number()));
    }

    /** The position in a NextToken's state, or {@code null} when it has none. */
    public static Position load(Map<String, String> state) {
        String at = state.get(AT);
        String number = state.get(NUMBER);
        if (at == null || number == null) {
            return null;
        }
        try {
            return new Position(Instant.parse(at), Long.parseLong(number));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
