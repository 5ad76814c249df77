package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.finances.SettlementPeriod;
import io.camelmws.sandbox.finances.Settlements;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Amazon's own report requests: when a settlement period (a financial event group) closes, Amazon makes its
 * settlement reports, which then appear in GetReportList unacknowledged like any finished report. The sandbox
 * submits them lazily, before each Reports operation, for the periods that closed since the last one: a request
 * per simulated settlement type, submitted (Scheduled) at the period's end with the period as StartDate and
 * EndDate, for the seller's marketplaces of that currency. Periods that closed before the order book started
 * predate the seller's history in the sandbox and get none, so a fresh sandbox lists no reports.
 */
final class SettlementReports {

    private final ReportStore store;
    private final List<ReportType> settlementTypes;
    private final Supplier<OrderBook> orderBook;
    /** The end of the last period already submitted; {@code null} until the first catch-up after a reset. */
    private Instant caughtUpTo;

    SettlementReports(ReportStore store, ReportTypes types, Supplier<OrderBook> orderBook) {
        this.store = store;
        this.settlementTypes = types.generatedByAmazon();
        this.orderBook = orderBook;
    }

    /** Submits the settlement reports of every period that closed by {@code now} and has none yet. */
    synchronized void catchUp(Instant now) {
        OrderBook book = orderBook.get();
        Instant oldest = now.minus(ReportStore.RETENTION);
        Instant from = caughtUpTo != null ? caughtUpTo : book.start();
        if (from.isBefore(oldest)) {
            from = oldest;
        }
        if (!now.isAfter(from)) {
            return;
        }
        for (SettlementPeriod period : new Settlements(book).closedBetween(from, now)) {
            for (ReportType type : settlementTypes) {
                store.submit(type, period.start(), period.end(), Map.of(), marketplaceIds(period.currencyCode()),
                        true, period.end());
            }
        }
        caughtUpTo = now;
    }

    /** Forgets how far it caught up: after a reset the order book starts again at the clock's now. */
    synchronized void reset() {
        caughtUpTo = null;
    }

    /** The seller's marketplaces paid in {@code currencyCode}; the first decides the flat file's charset. */
    static List<String> marketplaceIds(String currencyCode) {
        return Marketplaces.seller().stream().filter(marketplace -> marketplace.currencyCode().equals(currencyCode))
                .map(Marketplace::marketplaceId).toList();
    }
}
