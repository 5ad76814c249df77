package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.orders.OrderBook;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The seller's settlements, for the Reports section: which financial event groups have closed, and each one's
 * events, totals and dates as a settlement report states them. Read from the same ledger and groups as
 * ListFinancialEvents and ListFinancialEventGroups, so a report's rows are that group's events and its total is
 * the group's ConvertedTotal.
 */
public final class Settlements {

    private final EventGroups groups;

    public Settlements(OrderBook book) {
        this.groups = new EventGroups(new EventLedger(book));
    }

    /** The periods that closed in ({@code from}, {@code to}], by end. */
    public List<SettlementPeriod> closedBetween(Instant from, Instant to) {
        return groups.closedBetween(from, to);
    }

    /**
     * The settlement of the period of {@code currencyCode} that started at {@code start}, as it stands when the period
     * closes (nothing posts into a closed period); empty when no period of that currency starts then.
     */
    public Optional<Settlement> closed(String currencyCode, Instant start) {
        Instant end = start.plus(EventGroups.PERIOD);
        return groups.at(end).stream()
                .filter(group -> group.currencyCode().equals(currencyCode) && group.start().equals(start))
                .findFirst()
                .map(group -> new Settlement(settlementId(group.id()),
                        new SettlementPeriod(group.id(), group.currencyCode(), group.start(), group.end()),
                        group.end().plus(EventGroups.TRANSFER_DELAY), group.beginningBalance(),
                        group.originalTotal(), SettlementLines.of(groups.eventsOf(group, group.end()))));
    }

    /** An 11-digit number per group, as Amazon's settlement ids are. */
    private static String settlementId(String groupId) {
        return Long.toString(10_000_000_000L + (groupId.hashCode() & 0xFFFFFFFFL) * 2L);
    }
}
