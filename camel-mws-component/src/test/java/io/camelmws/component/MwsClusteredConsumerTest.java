package io.camelmws.component;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two CamelContexts run the same orders route under master: with a FileLockClusterService on a shared directory, and
 * keep the consumer's state in files in that directory. The leader is stopped in the middle of a poll; the other
 * takes the lock and goes on from the watermark the leader committed. Which instance sent a request is told by the
 * User-Agent (applicationName) the sandbox logged.
 */
class MwsClusteredConsumerTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    private static final List<String> MARKETPLACES = List.of("ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1VC38T7YXB528");

    private final List<String> deliveredByFirst = Collections.synchronizedList(new ArrayList<>());
    private final List<String> deliveredBySecond = Collections.synchronizedList(new ArrayList<>());
    private final List<CamelContext> contexts = new ArrayList<>();

    @AfterEach
    void stopAll() {
        contexts.forEach(CamelContext::stop);
    }

    private CamelContext node(String name, Path shared, List<String> delivered, org.apache.camel.Processor step) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(shared.resolve("cluster").toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(250, TimeUnit.MILLISECONDS);
        // The leader's heartbeat is written every interval; a busy build machine must not make a live leader look dead
        // (two leaders would poll at once), so the other node waits 20 intervals (5 s) of silence.
        cluster.setHeartbeatTimeoutMultiplier(20);
        context.addService(cluster);
        String uri = "master:mws-orders:mws:ListOrders?marketplaceId=" + String.join(",", MARKETPLACES) + "&delay=200"
                     + "&initialLastUpdatedAfter=P1D&applicationName=" + name + "&stateFile=" + shared.resolve("orders.state");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("orders").process(exchange -> delivered.add(exchange.getMessage().getHeader(MwsConstants.AMAZON_ORDER_ID) + "|"
                        + exchange.getMessage().getHeader(MwsConstants.LAST_UPDATE_DATE))).process(step);
            }
        });
        contexts.add(context);
        context.start();
        return context;
    }

    @Test
    void whenTheLeaderStopsMidPollTheOtherGoesOnFromTheCommittedWatermarkWithoutAGap(@TempDir Path shared) throws Exception {
        CountDownLatch midPoll = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        CamelContext first = node("node-a", shared, deliveredByFirst, exchange -> {
            if (seen.incrementAndGet() == 50) {
                midPoll.countDown();
            }
        });
        assertThat(midPoll.await(60, TimeUnit.SECONDS)).as("the first node leads and polls").isTrue();
        CamelContext second = node("node-b", shared, deliveredBySecond, exchange -> { });
        // Killed while its first poll's orders are being routed: its consumer stops emitting, commits what completed.
        first.stop();
        int firstTotal = deliveredByFirst.size();
        assertThat(firstTotal).isGreaterThanOrEqualTo(50);

        // The second node takes the lock and polls at least three times.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (listingsBy("node-b").size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        second.stop();

        List<SandboxRequest> byFirst = listingsBy("node-a");
        List<SandboxRequest> bySecond = listingsBy("node-b");
        assertThat(byFirst).as("only the leader polled before it stopped").hasSizeGreaterThanOrEqualTo(1);
        assertThat(bySecond).hasSizeGreaterThanOrEqualTo(3);
        assertThat(byFirst.get(byFirst.size() - 1).receivedAt()).isBeforeOrEqualTo(bySecond.get(0).receivedAt());
        Instant firstStart = Instant.parse(byFirst.get(0).parameter("LastUpdatedAfter"));
        Instant takeover = Instant.parse(bySecond.get(0).parameter("LastUpdatedAfter"));
        // Stopped mid-poll, the first node commits the LastUpdateDate of its first order not completed, so the second
        // node's window starts at an order version one of the two delivered; initialLastUpdatedAfter would be a clock reading.
        assertThat(takeover).as("the second node starts from the committed watermark, not from initialLastUpdatedAfter").isAfter(firstStart);
        // An order's LastUpdateDate as the leader listed it: by the time the second node lists, at 600x, that order may
        // have moved on (Pending to Shipped), so the version itself need not be among those delivered.
        Set<Instant> listedVersions = new HashSet<>();
        for (SandboxRequest listing : byFirst) {
            SANDBOX.sandbox().orders().ordersAt(listing.receivedAt()).stream().filter(order -> MARKETPLACES.contains(order.marketplaceId()))
                    .forEach(order -> listedVersions.add(order.lastUpdateDate()));
        }
        assertThat(listedVersions).as("the second node starts from the committed watermark, an order's LastUpdateDate").contains(takeover);
        assertThat(deliveredBySecond).as("the second node does not repeat what the first completed").doesNotContainAnyElementsOf(deliveredByFirst);

        Set<String> union = new HashSet<>(deliveredByFirst);
        union.addAll(deliveredBySecond);
        List<SandboxRequest> listings = new ArrayList<>(byFirst);
        listings.addAll(bySecond);
        for (int i = 0; i + 1 < listings.size(); i++) {
            Instant from = Instant.parse(listings.get(i).parameter("LastUpdatedAfter"));
            Instant to = Instant.parse(listings.get(i + 1).parameter("LastUpdatedAfter")).minusMillis(1);
            assertThat(union).as("no gap in window %d", i).containsAll(versions(from, to, listings.get(i).receivedAt()));
        }
        assertThat(deliveredBySecond).isNotEmpty();
    }

    private static List<SandboxRequest> listingsBy(String node) {
        return ScaledMws.of(SANDBOX.sandbox().requests(), "ListOrders").stream().filter(request -> request.userAgent().startsWith(node + "/"))
                .toList();
    }

    private static Set<String> versions(Instant from, Instant to, Instant at) {
        if (to.isBefore(from)) {
            return Set.of();
        }
        return SANDBOX.sandbox().orders().ordersUpdatedBetween(from, to, at).stream().filter(order -> MARKETPLACES.contains(order.marketplaceId()))
                .map(order -> order.amazonOrderId() + "|" + order.lastUpdateDate()).collect(Collectors.toSet());
    }

}
