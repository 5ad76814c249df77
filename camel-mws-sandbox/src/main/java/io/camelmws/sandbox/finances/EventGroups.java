package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seller's settlement periods: one series of 14-day groups per currency it sells in, each currency's series
 * starting a day after the previous one's (as Amazon settles each marketplace account on its own day). A group is
 * Open until its end, then Closed with its funds Processing for a day and transferred (Successful) after. Groups
 * begin with the seller's history, 30 days before the order book's start. A group's OriginalTotal is the sum of the
 * events of its currency posted in its period: what ListFinancialEvents with its FinancialEventGroupId returns.
 */
final class EventGroups {

    static final Duration PERIOD = Duration.ofDays(14);
    static final Duration TRANSFER_DELAY = Duration.ofDays(1);
    private static final Duration HISTORY = Duration.ofDays(30);
    /** A Friday in the Finances API's first month; settlement periods are counted from it. */
    private static final Instant EPOCH = Instant.parse("2015-05-01T01:30:00Z");

    private final EventLedger ledger;

    EventGroups(EventLedger ledger) {
        this.ledger = ledger;
    }

    /** Every group started by {@code now}, as it stands then, by start then currency. */
    List<EventGroup> at(Instant now) {
        OrderBook book = ledger.book();
        Instant historyStart = book.start().minus(HISTORY);
        List<String> currencies = currencies();
        Instant from = null;
        for (String currency : currencies) {
            Instant first = periodStart(currency, periodOf(currency, historyStart));
            from = from == null || first.isBefore(from) ? first : from;
        }
        Map<String, BigDecimal> totals = new HashMap<>();
        for (FinancialEvent event : ledger.postedBetween(from, now.plusNanos(1))) {
            totals.merge(key(event.currencyCode(), periodOf(event.currencyCode(), event.postedDate())),
                    event.total(), BigDecimal::add);
        }
        List<EventGroup> groups = new ArrayList<>();
        for (String currency : currencies) {
            BigDecimal zero = SellerFees.scaled(BigDecimal.ZERO, currency);
            BigDecimal carried = zero;
            for (long period = periodOf(currency, historyStart); !periodStart(currency, period).isAfter(now); period++) {
                Instant start = periodStart(currency, period);
                Instant end = start.plus(PERIOD);
                BigDecimal total = totals.getOrDefault(key(currency, period), zero);
                boolean open = now.isBefore(end);
                groups.add(new EventGroup(id(book.seed(), currency, period), currency, start, end, open, total,
                        carried, !now.isBefore(end.plus(TRANSFER_DELAY))));
                BigDecimal balance = carried.add(total);
                carried = balance.signum() < 0 ? balance : zero;
            }
        }
        groups.sort((a, b) -> a.start().equals(b.start()) ? currencies.indexOf(a.currencyCode())
                - currencies.indexOf(b.currencyCode()) : a.start().compareTo(b.start()));
        return groups;
    }

    /**
     * The periods of every currency that closed in ({@code from}, {@code to}], by end then currency: their ids and
     * bounds, without adding up their events (what a settlement report is due for).
     */
    List<SettlementPeriod> closedBetween(Instant from, Instant to) {
        List<String> currencies = currencies();
        List<SettlementPeriod> closed = new ArrayList<>();
        long seed = ledger.book().seed();
        for (String currency : currencies) {
            for (long period = periodOf(currency, from.minus(PERIOD)); ; period++) {
                Instant end = periodStart(currency, period + 1);
                if (end.isAfter(to)) {
                    break;
                }
                if (end.isAfter(from)) {
                    closed.add(new SettlementPeriod(id(seed, currency, period), currency, periodStart(currency, period),
                            end));
                }
            }
        }
        closed.sort((a, b) -> a.end().equals(b.end()) ? currencies.indexOf(a.currencyCode())
                - currencies.indexOf(b.currencyCode()) : a.end().compareTo(b.end()));
        return closed;
    }

    /** The events of {@code group}'s currency posted in its period by {@code readAt}. */
    List<FinancialEvent> eventsOf(EventGroup group, Instant readAt) {
        Instant to = group.end().isBefore(readAt.plusNanos(1)) ? group.end() : readAt.plusNanos(1);
        return ledger.postedBetween(group.start(), to).stream()
                .filter(event -> event.currencyCode().equals(group.currencyCode())).toList();
    }

    /** The group with this id started by {@code now}. */
    Optional<EventGroup> find(String id, Instant now) {
        return at(now).stream().filter(group -> group.id().equals(id)).findFirst();
    }

    /** The currencies of the seller's marketplaces, in Marketplaces.seller() order. */
    static List<String> currencies() {
        return Marketplaces.seller().stream().map(Marketplace::currencyCode).distinct().toList();
    }

    private static long periodOf(String currency, Instant instant) {
        return Math.floorDiv(Duration.between(anchor(currency), instant).getSeconds(), PERIOD.getSeconds());
    }

    private static Instant periodStart(String currency, long period) {
        return anchor(currency).plus(PERIOD.multipliedBy(period));
    }

    private static Instant anchor(String currency) {
        return EPOCH.plus(Duration.ofDays(currencies().indexOf(currency)));
    }

    private static String key(String currency, long period) {
        return currency + '|' + period;
    }

    /** An opaque id of the look of MWS's (43 URL-safe base64 characters), different for every seed. */
    private static String id(long seed, String currency, long period) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "|" + currency + "|" + period).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
