package io.camelmws.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * maxPollWindow: a consumer far behind MWS's present (a first run over ten days of a 10 000-order book) closes each
 * listing's window itself, one day at a time, delivers it and goes on with the next within the same poll, so it
 * never holds more than a day of orders. Checked on the sandbox's request log and order book, at a time scale of 600.
 */
class MwsOrdersConsumerWindowTest {

    private static final List<String> MARKETPLACES = List.of("ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1VC38T7YXB528");
    private static final String URI = "mws:ListOrders?marketplaceId=" + String.join(",", MARKETPLACES)
                                      + "&delay=200&pollStrategy=#polls&initialLastUpdatedAfter=P10D&maxPollWindow=P1D";

    private static MwsSandbox sandbox;

    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<CamelContext> contexts = new ArrayList<>();
    private final Semaphore polls = new Semaphore(0);

    @BeforeAll
    static void startSandbox() {
        sandbox = MwsSandbox.builder().port(0).accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY).secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY)
                .sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID).timeScale(600).build().start();
    }

    @AfterAll
    static void closeSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @BeforeEach
    void clearLog() {
        sandbox.clearRequests();
    }

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
    }

    private CamelContext start(String uri, CountDownLatch afterDeliveries) throws Exception {
        return start(sandbox, uri, afterDeliveries);
    }

    private CamelContext start(MwsSandbox mws, String uri, CountDownLatch afterDeliveries) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(mws));
        context.getRegistry().bind("polls", new DefaultPollingConsumerPollStrategy() {
            @Override
            public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                polls.release();
            }
        });
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("orders").process(exchange -> {
                    delivered.add(exchange.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID) + "|"
                                  + exchange.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE));
                    afterDeliveries.countDown();
                });
            }
        });
        contexts.add(context);
        context.start();
        return context;
    }

    @Test
    void aBacklogIsListedOneDayAtATimeWithinOnePollWithoutAGapOrARepeat() throws Exception {
        start(URI, new CountDownLatch(0));
        assertThat(polls.tryAcquire(1, 60, TimeUnit.SECONDS)).as("the first poll ends").isTrue();
        List<SandboxRequest> firstPoll = ScaledMws.of(sandbox.requests(), "ListOrders");
        stopContexts();

        // Ten days behind, one day a window: the first poll caught up by itself, its last window ending at MWS's present.
        assertThat(firstPoll).hasSizeGreaterThanOrEqualTo(10);
        List<SandboxRequest> closed = firstPoll.stream().filter(listing -> listing.parameter("LastUpdatedBefore") != null).toList();
        assertThat(closed).hasSizeGreaterThanOrEqualTo(9).allSatisfy(listing -> assertThat(
                Duration.between(Instant.parse(listing.parameter("LastUpdatedAfter")), Instant.parse(listing.parameter("LastUpdatedBefore"))))
                .isEqualTo(Duration.ofDays(1)));
        assertThat(firstPoll.get(firstPoll.size() - 1).parameter("LastUpdatedBefore")).as("the last window runs to MWS's present").isNull();
        for (int i = 0; i + 1 < firstPoll.size(); i++) {
            assertThat(firstPoll.get(i + 1).parameter("LastUpdatedAfter")).as("window %d starts where %d was closed", i + 1, i)
                    .isEqualTo(firstPoll.get(i).parameter("LastUpdatedBefore"));
        }
        assertNoneLostNoneRepeated(ScaledMws.of(sandbox.requests(), "ListOrders"));
        assertThat(delivered).hasSizeGreaterThan(1000);
    }

    @Test
    void aRestartWhileCatchingUpGoesOnFromTheCommittedWatermark(@TempDir Path state) throws Exception {
        String uri = URI + "&stateFile=" + state.resolve("orders.state");
        CountDownLatch someDays = new CountDownLatch(1500);
        CamelContext first = start(uri, someDays);
        assertThat(someDays.await(60, TimeUnit.SECONDS)).isTrue();
        first.stop();
        int beforeRestart = delivered.size();
        List<SandboxRequest> byFirst = ScaledMws.of(sandbox.requests(), "ListOrders");

        start(uri, new CountDownLatch(0));
        assertThat(polls.tryAcquire(2, 60, TimeUnit.SECONDS)).isTrue();
        stopContexts();

        List<SandboxRequest> listings = ScaledMws.of(sandbox.requests(), "ListOrders");
        assertThat(listings.size()).isGreaterThan(byFirst.size());
        SandboxRequest takeover = listings.get(byFirst.size());
        assertThat(Instant.parse(takeover.parameter("LastUpdatedAfter"))).as("not initialLastUpdatedAfter again")
                .isAfter(Instant.parse(byFirst.get(0).parameter("LastUpdatedAfter")));
        assertThat(delivered.size()).isGreaterThan(beforeRestart);
        assertNoneLostNoneRepeated(listings);
    }

    @Test
    void aBusySellersWindowsShrinkSoThatAWindowHoldsAboutTwoThousandOrders() throws Exception {
        // 100 000 orders over the book's month: about 3 300 order changes a day in the seller's nine marketplaces.
        try (MwsSandbox busy = MwsSandbox.builder().port(0).accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY).sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID).timeScale(600)
                .orders(100_000).build().start()) {
            List<String> all = io.camelmws.sandbox.sellers.Marketplaces.seller().stream()
                    .map(io.camelmws.sandbox.sellers.Marketplace::marketplaceId).toList();
            start(busy, "mws:ListOrders?marketplaceId=" + String.join(",", all)
                        + "&delay=200&pollStrategy=#polls&initialLastUpdatedAfter=P3D&maxPollWindow=P1D", new CountDownLatch(0));
            assertThat(polls.tryAcquire(1, 60, TimeUnit.SECONDS)).as("the first poll ends").isTrue();
            stopContexts();

            List<SandboxRequest> listings = ScaledMws.of(busy.requests(), "ListOrders");
            List<Duration> windows = listings.stream().filter(listing -> listing.parameter("LastUpdatedBefore") != null)
                    .map(listing -> Duration.between(Instant.parse(listing.parameter("LastUpdatedAfter")),
                            Instant.parse(listing.parameter("LastUpdatedBefore")))).toList();
            assertThat(windows).as("closed windows").hasSizeGreaterThanOrEqualTo(3);
            assertThat(windows.get(0)).as("the first window is maxPollWindow").isEqualTo(Duration.ofDays(1));
            // Its thousands of orders make the next window shorter, in proportion: about 2 000 orders' worth of time.
            assertThat(windows.get(1)).isLessThan(Duration.ofHours(18));
            List<Integer> orders = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                orders.add(versions(busy, all, Instant.parse(listings.get(i).parameter("LastUpdatedAfter")),
                        Instant.parse(listings.get(i).parameter("LastUpdatedBefore")), listings.get(i).receivedAt()).size());
            }
            assertThat(orders.get(0)).as("the first window was busy").isGreaterThan(PolledListing.WINDOW_ITEMS);
            // Each next window follows from the one before: in proportion after a busy one, twice as long (up to a day)
            // after a quiet one, the same otherwise. Slack: the windows' ends are sent to the second, and an order updated
            // on a window's very edge may be counted here but not by MWS (1 % of the window).
            for (int i = 1; i < windows.size(); i++) {
                Duration previous = windows.get(i - 1);
                int listed = orders.get(i - 1);
                Duration expected = listed > PolledListing.WINDOW_ITEMS ? previous.multipliedBy(PolledListing.WINDOW_ITEMS).dividedBy(listed)
                        : listed < PolledListing.WINDOW_ITEMS / 4 ? (previous.multipliedBy(2).compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1)
                        : previous.multipliedBy(2)) : previous;
                assertThat(windows.get(i)).as("window %d after %d orders in %s", i, listed, previous)
                        .isBetween(expected.minusSeconds(2).minus(expected.dividedBy(100)), expected.plusSeconds(2).plus(expected.dividedBy(100)));
            }
            assertNoneLostNoneRepeated(busy, all, listings);
        }
    }

    @Test
    void aWindowThatIsNotAPositiveDurationIsRefusedWhenTheRouteStarts() {
        assertThatThrownBy(() -> start("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&maxPollWindow=0", new CountDownLatch(0)))
                .isInstanceOf(FailedToStartRouteException.class).rootCause().hasMessageContaining("maxPollWindow must be a positive duration");
    }

    @Test
    void aNegativeWindowIsRefusedWhenTheRouteStarts() {
        assertThatThrownBy(() -> start("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&maxPollWindow=-1000", new CountDownLatch(0)))
                .hasStackTraceContaining("maxPollWindow '-1000' is not a duration");
        assertThatThrownBy(() -> start("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&maxPollWindow=-PT1H", new CountDownLatch(0)))
                .hasStackTraceContaining("maxPollWindow '-PT1H' is not a duration");
    }

    @Test
    void anUnreadableWindowIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> start("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&maxPollWindow=soon", new CountDownLatch(0)))
                .hasStackTraceContaining("maxPollWindow 'soon' is not a duration");
    }

    private void assertNoneLostNoneRepeated(List<SandboxRequest> listings) {
        assertNoneLostNoneRepeated(sandbox, MARKETPLACES, listings);
    }

    private void assertNoneLostNoneRepeated(MwsSandbox mws, List<String> marketplaces, List<SandboxRequest> listings) {
        assertThat(delivered).as("none repeated").doesNotHaveDuplicates();
        Set<String> deliveredSet = new HashSet<>(delivered);
        for (int i = 0; i + 1 < listings.size(); i++) {
            Instant from = Instant.parse(listings.get(i).parameter("LastUpdatedAfter"));
            Instant to = Instant.parse(listings.get(i + 1).parameter("LastUpdatedAfter")).minusMillis(1);
            assertThat(to).as("the watermark never moves back").isAfterOrEqualTo(from.minusMillis(1));
            assertThat(deliveredSet).as("window %d", i).containsAll(versions(mws, marketplaces, from, to, listings.get(i).receivedAt()));
        }
    }

    /** The order versions in the consumer's marketplaces whose LastUpdateDate at {@code at} lies in [from, to]. */
    private static Set<String> versions(MwsSandbox mws, List<String> marketplaces, Instant from, Instant to, Instant at) {
        if (to.isBefore(from)) {
            return Set.of();
        }
        return mws.orders().ordersUpdatedBetween(from, to, at).stream().filter(order -> marketplaces.contains(order.marketplaceId()))
                .map(order -> order.amazonOrderId() + "|" + order.lastUpdateDate()).collect(Collectors.toSet());
    }
}
