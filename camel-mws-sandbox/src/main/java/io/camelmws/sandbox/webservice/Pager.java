package io.camelmws.sandbox.webservice;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Newest-first pages of the Reports and Feeds lists. A page continues after the position (instant, number) of
 * the last item returned, not after a count, so items that change status or arrive between two pages neither
 * repeat nor vanish.
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
     * @param items   the items of every page, newest first (in {@link #NEWEST_FIRST} order of their positions)
     * @param after   the position of the last item of the previous page, or {@code null} for the first page
     * @param hasNext whether items follow this page
     */
    public record Page<T>(List<T> items, boolean hasNext, Position last) {
    }

    public static <T> Page<T> page(List<T> newestFirst, Function<T, Position> position, Position after, int max) {
        int from = 0;
        if (after != null) {
            while (from < newestFirst.size() && NEWEST_FIRST.compare(position.apply(newestFirst.get(from)), after) <= 0) {
                from++;
            }
        }
        int to = Math.min(newestFirst.size(), from + max);
        List<T> items = newestFirst.subList(from, to);
        Position last = items.isEmpty() ? after : position.apply(items.get(items.size() - 1));
        return new Page<>(List.copyOf(items), to < newestFirst.size(), last);
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
