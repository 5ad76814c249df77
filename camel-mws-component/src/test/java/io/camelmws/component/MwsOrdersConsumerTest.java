package io.camelmws.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * from("mws:ListOrders") against a sandbox whose clock runs 600 times faster than real time, so new orders arrive
 * and existing ones change between polls. What was delivered is checked against the sandbox's order book read at
 * the instants of the ListOrders requests it recorded, from the LastUpdatedAfter each request sent.
 */
class MwsOrdersConsumerTest {

    private static final List<String> MARKETPLACES = List.of("ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1VC38T7YXB528");
    private static final String URI = "mws:ListOrders?marketplaceId=" + String.join(",", MARKETPLACES) + "&delay=200&pollStrategy=#polls";

    private static MwsSandbox sandbox;

    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    private final List<CamelContext> contexts = new ArrayList<>();
    private final CountingPolls polls = new CountingPolls();

    @BeforeAll
    static void startSandbox() {
        // Two new orders per simulated minute on top of the default book (10 000 over 30 days): a few between two polls.
        sandbox = MwsSandbox.builder().port(0).accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY).secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY)
                .sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID).timeScale(600).newOrdersPerHour(120).build().start();
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

    /** Counts polls as the consumer's pollStrategy, so a test waits for polls instead of for time. */
    static final class CountingPolls extends DefaultPollingConsumerPollStrategy {
        private final Semaphore done = new Semaphore(0);

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            done.release();
        }

        void await(int count) throws InterruptedException {
            assertThat(done.tryAcquire(count, 60, TimeUnit.SECONDS)).as("%d polls within a minute", count).isTrue();
        }
    }

    private CamelContext start(String uri, org.apache.camel.Processor step, Map<String, Object> beans) throws Exception {
        return start(uri, step, beans, "log:orders?level=TRACE");
    }

    /** A context whose route from {@code uri} runs {@code step}, records the delivered version, then goes {@code thenTo}. */
    private CamelContext start(String uri, org.apache.camel.Processor step, Map<String, Object> beans, String thenTo) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(sandbox));
        context.getRegistry().bind("polls", polls);
        beans.forEach(context.getRegistry()::bind);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("orders").process(step).process(exchange -> delivered.add(
                        exchange.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID) + "|"
                        + exchange.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE))).to(thenTo);
            }
        });
        contexts.add(context);
        context.start();
        return context;
    }

    @Test
    void everyOrderVersionIsDeliveredOnceAcrossPollsAndARestart(@TempDir Path state) throws Exception {
        String uri = URI + "&initialLastUpdatedAfter=P1D&stateFile=" + state.resolve("orders.state");

        CamelContext first = start(uri, exchange -> { }, Map.of());
        polls.await(3);
        first.stop();
        int beforeRestart = delivered.size();
        sandbox.advanceClock(Duration.ofHours(2));
        start(uri, exchange -> { }, Map.of());
        polls.await(3);
        stopContexts();

        List<SandboxRequest> listings = ScaledMws.of(sandbox.requests(), "ListOrders");
        assertThat(listings).hasSizeGreaterThanOrEqualTo(6);
        assertThat(delivered).as("none repeated").doesNotHaveDuplicates();
        assertThat(beforeRestart).isPositive().isLessThan(delivered.size());
        Set<String> deliveredSet = new HashSet<>(delivered);
        // None lost: every window between two polls' starts, as the book stood when it was listed.
        for (int i = 0; i + 1 < listings.size(); i++) {
            Instant from = Instant.parse(listings.get(i).parameter("LastUpdatedAfter"));
            Instant to = Instant.parse(listings.get(i + 1).parameter("LastUpdatedAfter")).minusMillis(1);
            assertThat(to).as("the watermark never moves back").isAfterOrEqualTo(from.minusMillis(1));
            assertThat(deliveredSet).containsAll(versions(from, to, listings.get(i).receivedAt()));
        }
        // Nothing else: each delivered version was in some listed window.
        Set<String> listed = new HashSet<>();
        for (SandboxRequest listing : listings) {
            listed.addAll(versions(Instant.parse(listing.parameter("LastUpdatedAfter")), listing.receivedAt(), listing.receivedAt()));
        }
        assertThat(listed).containsAll(delivered);
        // The windows saw orders change and new orders arrive.
        Map<String, Long> versionsPerOrder = delivered.stream().collect(Collectors.groupingBy(key -> key.split("\\|")[0], Collectors.counting()));
        assertThat(versionsPerOrder.values()).as("some order delivered again after it changed").anyMatch(count -> count > 1);
        assertThat(sandbox.orders().ordersPurchasedBetween(listings.get(0).receivedAt(), listings.get(listings.size() - 1).receivedAt(),
                sandbox.clock().instant())).as("orders bought while polling").anyMatch(order -> versionsPerOrder.containsKey(order.amazonOrderId()));
        // After the first, each window starts at a LastUpdatedBefore MWS answered to an earlier listing (two minutes before
        // it, to the millisecond), never at a local clock's time.
        for (int i = 1; i < listings.size(); i++) {
            Set<Instant> answered = listings.subList(0, i).stream()
                    .map(listing -> listing.receivedAt().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MILLIS))
                    .collect(Collectors.toSet());
            assertThat(Instant.parse(listings.get(i).parameter("LastUpdatedAfter"))).isIn(answered);
        }
    }

    @Test
    void aFailingOrderHoldsTheWatermarkUntilItIsDelivered() throws Exception {
        Instant now = sandbox.clock().instant();
        // A shipped order does not change again: its version stays the same while the route refuses it.
        Order victim = sandbox.orders().ordersUpdatedBetween(now.minus(Duration.ofHours(20)), now.minus(Duration.ofHours(2)), now).stream()
                .filter(order -> order.marketplaceId().equals(MARKETPLACES.get(0)) && order.orderStatus().equals("Shipped"))
                .findFirst().orElseThrow();
        String victimKey = victim.amazonOrderId() + "|" + victim.lastUpdateDate();
        AtomicBoolean failing = new AtomicBoolean(true);
        CountDownLatch victimDelivered = new CountDownLatch(1);
        MemoryStateRepository watermarks = new MemoryStateRepository();
        start(URI + "&initialLastUpdatedAfter=P1D&stateRepository=#watermarks&idempotentRepository=#delivered", exchange -> {
            if (victim.amazonOrderId().equals(exchange.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID))) {
                if (failing.get()) {
                    throw new IllegalStateException("the warehouse system is down");
                }
                victimDelivered.countDown();
            }
        }, Map.of("watermarks", watermarks, "delivered", MemoryIdempotentRepository.memoryIdempotentRepository(100_000)));

        polls.await(3);
        List<SandboxRequest> whileFailing = ScaledMws.of(sandbox.requests(), "ListOrders");
        assertThat(delivered).doesNotContain(victimKey).doesNotHaveDuplicates();
        assertThat(whileFailing).hasSizeGreaterThanOrEqualTo(3).allSatisfy(listing ->
                assertThat(Instant.parse(listing.parameter("LastUpdatedAfter"))).isBeforeOrEqualTo(victim.lastUpdateDate()));

        failing.set(false);
        assertThat(victimDelivered.await(60, TimeUnit.SECONDS)).isTrue();
        polls.await(2);
        List<SandboxRequest> after = ScaledMws.of(sandbox.requests(), "ListOrders");
        assertThat(Instant.parse(after.get(after.size() - 1).parameter("LastUpdatedAfter"))).isAfter(victim.lastUpdateDate());
        assertThat(delivered).containsOnlyOnce(victimKey).doesNotHaveDuplicates();
    }

    @Test
    void aPollWaitsForThePreviousPollsExchangesWhenARouteHandsThemToAnotherThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // The orders route ends in seda:slow, whose exchanges carry the consumer's completions to another thread.
        CamelContext context = start(URI + "&initialLastUpdatedAfter=PT6H", exchange -> { }, Map.of(), "seda:slow");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:slow").process(exchange -> assertThat(release.await(60, TimeUnit.SECONDS)).isTrue());
            }
        });
        polls.await(4);
        assertThat(ScaledMws.of(sandbox.requests(), "ListOrders")).as("one listing while its orders are still being routed").hasSize(1);

        release.countDown();
        polls.await(2);
        List<SandboxRequest> listings = ScaledMws.of(sandbox.requests(), "ListOrders");
        assertThat(listings).hasSizeGreaterThan(1);
        assertThat(Instant.parse(listings.get(1).parameter("LastUpdatedAfter"))).as("the first window completed")
                .isAfter(Instant.parse(listings.get(0).parameter("LastUpdatedAfter")));
        assertThat(delivered).doesNotHaveDuplicates();
    }

    @Test
    void withResultFormatModelEachExchangeCarriesATypedOrder() throws Exception {
        List<io.camelmws.component.model.orders.Order> orders = Collections.synchronizedList(new ArrayList<>());
        start(URI + "&initialLastUpdatedAfter=PT6H&resultFormat=MODEL",
                exchange -> orders.add(exchange.getMessage().getBody(io.camelmws.component.model.orders.Order.class)), Map.of());

        polls.await(2);

        assertThat(orders).isNotEmpty().hasSameSizeAs(delivered);
        for (int i = 0; i < orders.size(); i++) {
            io.camelmws.component.model.orders.Order order = orders.get(i);
            assertThat(delivered.get(i)).isEqualTo(order.amazonOrderId() + "|" + order.lastUpdateDate());
            assertThat(MARKETPLACES).contains(order.marketplaceId());
            assertThat(order.orderStatus()).isNotEqualTo(io.camelmws.component.model.orders.OrderStatus.UNKNOWN);
        }
    }

    @Test
    void withIncludeItemsEachOrderCarriesItsItemsFetchedWithinTheirOwnQuota() throws Exception {
        List<io.camelmws.component.model.orders.Order> orders = Collections.synchronizedList(new ArrayList<>());
        List<String> xml = Collections.synchronizedList(new ArrayList<>());
        // One marketplace of the three: the filter is sent as MarketplaceId.Id.1 and nothing else is delivered.
        CamelContext context = start("mws:ListOrders?marketplaceId=" + MARKETPLACES.get(1) + "&delay=200&pollStrategy=#polls"
              + "&initialLastUpdatedAfter=PT6H&includeItems=true&resultFormat=MODEL",
                exchange -> orders.add(exchange.getMessage().getBody(io.camelmws.component.model.orders.Order.class)), Map.of());
        // The same seller in the same component: both consumers share its quota.
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mws:ListOrders?marketplaceId=" + MARKETPLACES.get(1) + "&delay=200&pollStrategy=#polls&initialLastUpdatedAfter=PT6H"
                     + "&includeItems=true").routeId("orders-xml").process(exchange -> xml.add(exchange.getMessage().getBody(String.class)));
            }
        });

        polls.await(4);
        stopContexts();

        assertThat(orders).isNotEmpty();
        Instant now = sandbox.clock().instant();
        for (io.camelmws.component.model.orders.Order order : orders) {
            assertThat(order.marketplaceId()).isEqualTo(MARKETPLACES.get(1));
            Order inBook = sandbox.orders().find(order.amazonOrderId(), now).orElseThrow();
            assertThat(order.orderItems()).as("the items of %s", order.amazonOrderId()).extracting(item -> item.orderItemId())
                    .containsExactlyElementsOf(inBook.items().stream().map(item -> item.orderItemId()).toList());
        }
        assertThat(xml).isNotEmpty().allSatisfy(order -> assertThat(order).startsWith("<Order>").contains("<OrderItems><OrderItem>")
                .endsWith("</OrderItems></Order>"));
        List<SandboxRequest> requests = sandbox.requests();
        assertThat(ScaledMws.of(requests, "ListOrders")).allSatisfy(listing -> assertThat(listing.parameters())
                .containsEntry("MarketplaceId.Id.1", MARKETPLACES.get(1)).doesNotContainKey("MarketplaceId.Id.2"));
        Set<String> delivered = new HashSet<>();
        orders.forEach(order -> delivered.add(order.amazonOrderId()));
        assertThat(ScaledMws.of(requests, "ListOrderItems")).extracting(request -> request.parameter("AmazonOrderId")).containsAll(delivered);
        // The quota promise (no RequestThrottled) is MwsConsumerQuotaTest's, at a time scale where a millisecond of a loaded
        // machine's jitter is not most of a restore period; here (x600, ListOrderItems restores in 3.3 ms) a refusal can
        // happen, and it must be ridden through: every item call ends answered.
        Set<String> answered = new HashSet<>();
        ScaledMws.of(requests, "ListOrderItems").stream().filter(request -> request.status() == 200).forEach(request -> answered.add(request.parameter("AmazonOrderId")));
        assertThat(answered).as("every delivered order's items were answered").containsAll(delivered);
    }

    /** The order versions in the consumer's marketplaces whose LastUpdateDate at {@code at} lies in [from, to]. */
    private static Set<String> versions(Instant from, Instant to, Instant at) {
        if (to.isBefore(from)) {
            return Set.of();
        }
        return sandbox.orders().ordersUpdatedBetween(from, to, at).stream().filter(order -> MARKETPLACES.contains(order.marketplaceId()))
                .map(order -> order.amazonOrderId() + "|" + order.lastUpdateDate()).collect(Collectors.toSet());
    }
}
