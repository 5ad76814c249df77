package io.camelmws.component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.model.inventory.InventorySupply;
import io.camelmws.sandbox.inventory.StockLedger;
import io.camelmws.sandbox.inventory.Supply;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * from("mws:ListInventorySupply") against a sandbox running 600 times faster than real time, whose FBA stock changes as
 * parcels ship and inbound shipments arrive. What each listing should have delivered is worked out from the sandbox's
 * own stock at the instant each of its pages was answered (a {@link StockLedger} over the same order book): every
 * SKU listed whose supply differs from the one last delivered for it, with its quantities then; nothing else.
 */
class MwsInventorySupplyConsumerTest {

    private static final String US = "ATVPDKIKX0DER";
    /** The sandbox's page size of a QueryStartDateTime listing: small, so listings take several pages. */
    private static final int PAGE_SIZE = 7;

    private static MwsSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        // Fifty new orders per simulated minute on top of the default book: once they ship, SKUs change within the
        // minute that two consecutive listings both cover, so the overlap is exercised.
        sandbox = MwsSandbox.builder().port(0).accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY).secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY)
                .sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID).timeScale(600).newOrdersPerHour(3000).inventorySupplyPageSize(PAGE_SIZE)
                .build().start();
    }

    @AfterAll
    static void closeSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /**
     * What a listing should have delivered.
     *
     * @param listed    every supply its pages listed
     * @param delivered those that differ from the one last delivered for their SKU
     */
    private record Expected(List<String> listed, List<String> delivered) {
    }

    /**
     * What the route saw of one delivery.
     *
     * @param listing the listing it came from: how many ListInventorySupply requests the sandbox had answered, less one
     * @param state   the SKU's supply as {@link #state(InventorySupply)} writes it
     */
    private record Delivery(int listing, String sku, String key, Instant queryStart, String state) {
    }

    private static CamelContext consumer(String uri, PollCounter polls, List<Delivery> deliveries, AtomicReference<String> failOnce)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(sandbox));
        context.getRegistry().bind("polls", polls);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("stock").process(exchange -> {
                    Message message = exchange.getMessage();
                    String sku = message.getHeader(MwsConstants.SELLER_SKU, String.class);
                    // The first supply delivered fails once, when the test asks for a failure.
                    if (failOnce.compareAndSet("", sku)) {
                        throw new IllegalStateException("the warehouse system is down");
                    }
                    InventorySupply supply = message.getBody(InventorySupply.class);
                    assertThat(supply.sellerSku()).isEqualTo(sku);
                    deliveries.add(new Delivery(firstPages().size() - 1, sku, message.getHeader(MwsConstants.POLLED_KEY, String.class),
                            message.getHeader(MwsConstants.QUERY_START_DATE_TIME, Instant.class), state(supply)));
                });
            }
        });
        context.start();
        return context;
    }

    @Test
    void everyChangedSupplyIsDeliveredOnceWithItsQuantitiesAcrossPollsAndARestart(@TempDir Path state) throws Exception {
        sandbox.clearRequests();
        String uri = "mws:ListInventorySupply?marketplaceId=" + US + "&resultFormat=MODEL&initialLastUpdatedAfter=P2D&delay=100"
                     + "&pollStrategy=#polls&stateFile=" + state.resolve("stock.state");
        List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
        PollCounter polls = new PollCounter();
        CamelContext first = consumer(uri, polls, deliveries, new AtomicReference<>("never"));
        int firstRun;
        try {
            polls.await(3);
            // Half a day of parcels and arrivals between two polls.
            sandbox.advanceClock(Duration.ofHours(12));
            polls.await(3);
        } finally {
            first.stop();
        }
        firstRun = listings().size();
        // Stock keeps changing while the consumer is down; the restarted one lists from its stored watermark.
        sandbox.advanceClock(Duration.ofHours(12));
        CamelContext second = consumer(uri, new PollCounter(), deliveries, new AtomicReference<>("never"));
        PollCounter morePolls = second.getRegistry().lookupByNameAndType("polls", PollCounter.class);
        try {
            morePolls.await(4);
        } finally {
            second.stop();
        }

        List<List<SandboxRequest>> listings = listings();
        assertThat(listings.size()).isGreaterThan(firstRun);
        Instant firstStart = queryStart(listings.get(0));
        Instant firstAnswered = listings.get(0).get(0).receivedAt();
        // P2D back from the consumer's clock, which is behind the sandbox's (it runs 600 times faster since it started).
        assertThat(firstStart).as("initialLastUpdatedAfter=P2D")
                .isBetween(firstAnswered.minus(Duration.ofDays(3)), firstAnswered.minus(Duration.ofDays(2)));
        for (int i = 1; i < listings.size(); i++) {
            // Each watermark is MWS's clock before the previous listing was answered: never later, never back.
            assertThat(queryStart(listings.get(i))).isBeforeOrEqualTo(listings.get(i - 1).get(0).receivedAt())
                    .isAfterOrEqualTo(queryStart(listings.get(i - 1)));
        }
        assertThat(queryStart(listings.get(firstRun))).as("the restart went on from the stored watermark")
                .isAfter(firstStart.plus(Duration.ofDays(2)));

        List<List<String>> expected = expected(listings, deliveries).stream().map(Expected::delivered).toList();
        assertThat(expected.get(0)).as("the first poll lists what changed in two days").hasSizeGreaterThan(PAGE_SIZE);
        for (int i = 0; i < listings.size(); i++) {
            List<String> delivered = delivered(deliveries, i);
            boolean lastOfARun = i == firstRun - 1 || i == listings.size() - 1;
            if (lastOfARun && delivered.size() < expected.get(i).size()) {
                // Stopped while emitting: what was not emitted is listed again by the next listing, from the same watermark.
                assertThat(expected.get(i)).startsWith(delivered.toArray(String[]::new));
                if (i + 1 < listings.size()) {
                    assertThat(queryStart(listings.get(i + 1))).isEqualTo(queryStart(listings.get(i)));
                }
            } else {
                assertThat(delivered).as("listing %d (from %s)", i, queryStart(listings.get(i))).isEqualTo(expected.get(i));
            }
        }
        assertThat(deliveries.stream().filter(d -> d.listing() > 0)).as("supply changed after the first poll, and came").isNotEmpty();
        List<Expected> listed = expected(listings, deliveries);
        assertThat(listed.stream().mapToInt(e -> e.listed().size() - e.delivered().size()).sum())
                .as("SKUs listed again unchanged by an overlapping listing, and not delivered again").isPositive();
        assertThat(deliveries.stream().filter(d -> d.listing() >= firstRun)).as("and after the restart").isNotEmpty();
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.key()).startsWith(d.sku() + "|");
            assertThat(d.queryStart()).isEqualTo(queryStart(listings.get(d.listing())));
        });
    }

    @Test
    void aFailingRouteStepHoldsTheWatermarkAndTheSkuComesAgainAlone() throws Exception {
        sandbox.clearRequests();
        // No stateFile: the consumer keeps the last delivered supplies in memory while it runs.
        String uri = "mws:ListInventorySupply?marketplaceId=" + US + "&resultFormat=MODEL&initialLastUpdatedAfter=P1D&delay=100&pollStrategy=#polls";
        List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<String> failOnce = new AtomicReference<>("");
        PollCounter polls = new PollCounter();
        CamelContext context = consumer(uri, polls, deliveries, failOnce);
        try {
            polls.await(3);
        } finally {
            context.stop();
        }
        String failed = failOnce.get();
        assertThat(failed).as("a supply was delivered, and failed").isNotEmpty();
        List<List<SandboxRequest>> listings = listings();
        assertThat(queryStart(listings.get(1))).as("the failed supply held the watermark").isEqualTo(queryStart(listings.get(0)));
        assertThat(queryStart(listings.get(2))).as("and it moved on once it went through").isAfter(queryStart(listings.get(0)));

        List<List<String>> expected = expected(listings, deliveries).stream().map(Expected::delivered).toList();
        List<String> first = delivered(deliveries, 0);
        assertThat(expected.get(0)).hasSizeGreaterThan(5);
        assertThat(first).doesNotContain(stateOf(expected.get(0), failed))
                .containsExactlyElementsOf(expected.get(0).subList(1, expected.get(0).size()));
        // Listed again from the same watermark: the failed SKU comes again, the others delivered before do not
        // (unless their stock changed in between, which the expectation accounts for).
        assertThat(expected.get(1)).contains(stateOf(expected.get(0), failed));
        assertThat(delivered(deliveries, 1)).isEqualTo(expected.get(1)).hasSizeLessThan(expected.get(0).size());
        for (int i = 2; i < listings.size(); i++) {
            assertThat(delivered(deliveries, i)).isEqualTo(expected.get(i));
        }
    }

    @Test
    void anXmlBodyIsTheSkusMemberElementWithoutNamespace() throws Exception {
        List<String[]> received = Collections.synchronizedList(new ArrayList<>());
        PollCounter polls = new PollCounter();
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(sandbox));
        context.getRegistry().bind("polls", polls);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mws:ListInventorySupply?marketplaceId=" + US + "&initialLastUpdatedAfter=P1D&delay=600000&pollStrategy=#polls")
                        .setHeader("xpathSku", xpath("/member/SellerSKU/text()", String.class))
                        .process(exchange -> received.add(new String[] { exchange.getMessage().getBody(String.class),
                                exchange.getMessage().getHeader(MwsConstants.SELLER_SKU, String.class),
                                exchange.getMessage().getHeader("xpathSku", String.class) }));
            }
        });
        context.start();
        try {
            polls.await(1);
        } finally {
            context.stop();
        }
        assertThat(received).hasSizeGreaterThan(PAGE_SIZE).allSatisfy(r -> {
            assertThat(r[0]).startsWith("<member>").doesNotContain("xmlns").contains("<TotalSupplyQuantity>");
            assertThat(r[2]).isEqualTo(r[1]);
        });
    }

    @Test
    void theWindowIsTheConsumersOwn() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(sandbox));
        context.start();
        try {
            assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mws:ListInventorySupply?param.QueryStartDateTime=2026-11-01T00:00:00Z").to("mock:stock");
                }
            })).rootCause().hasMessageContaining("param.QueryStartDateTime cannot be set on a consumer of ListInventorySupply")
                    .hasMessageContaining("initialLastUpdatedAfter");
        } finally {
            context.stop();
        }
    }

    /** Each listing's requests: its ListInventorySupply and the ByNextToken requests for its further pages, in order. */
    private static List<List<SandboxRequest>> listings() {
        List<List<SandboxRequest>> listings = new ArrayList<>();
        for (SandboxRequest request : sandbox.requests()) {
            if ("ListInventorySupply".equals(request.action())) {
                assertThat(request.status()).isEqualTo(200);
                listings.add(new ArrayList<>(List.of(request)));
            } else if ("ListInventorySupplyByNextToken".equals(request.action())) {
                listings.get(listings.size() - 1).add(request);
            }
        }
        return listings;
    }

    private static List<SandboxRequest> firstPages() {
        return ScaledMws.of(sandbox.requests(), "ListInventorySupply");
    }

    private static Instant queryStart(List<SandboxRequest> listing) {
        return Instant.parse(listing.get(0).parameter("QueryStartDateTime"));
    }

    /**
     * What each listing should have delivered: the SKUs its pages listed (the sandbox's stock at each page's instant,
     * changed at or after its QueryStartDateTime, by SKU, a page at a time), as they stood then, less those whose
     * supply is the one last delivered for the SKU by an earlier listing.
     */
    private static List<Expected> expected(List<List<SandboxRequest>> listings, List<Delivery> deliveries) {
        StockLedger stock = new StockLedger(sandbox.orders());
        Map<String, String> lastDelivered = new HashMap<>();
        List<Expected> expected = new ArrayList<>();
        for (int i = 0; i < listings.size(); i++) {
            Instant queryStart = queryStart(listings.get(i));
            List<String> listed = new ArrayList<>();
            String lastSku = null;
            List<SandboxRequest> pages = listings.get(i);
            for (int page = 0; page < pages.size(); page++) {
                String after = lastSku;
                List<Supply> changed = stock.supplies(US, pages.get(page).receivedAt()).stream()
                        .filter(supply -> !supply.lastChangedAt().isBefore(queryStart))
                        .filter(supply -> after == null || supply.listing().sellerSku().compareTo(after) > 0)
                        .sorted(Comparator.comparing(supply -> supply.listing().sellerSku())).toList();
                assertThat(changed.size() > PAGE_SIZE).as("listing %d has a page after page %d", i, page).isEqualTo(page + 1 < pages.size());
                List<Supply> onPage = changed.subList(0, Math.min(PAGE_SIZE, changed.size()));
                onPage.forEach(supply -> listed.add(state(supply)));
                lastSku = onPage.isEmpty() ? lastSku : onPage.get(onPage.size() - 1).listing().sellerSku();
            }
            expected.add(new Expected(listed, listed.stream().filter(s -> !s.equals(lastDelivered.get(skuOf(s)))).toList()));
            for (String delivered : delivered(deliveries, i)) {
                lastDelivered.put(skuOf(delivered), delivered);
            }
        }
        return expected;
    }

    private static List<String> delivered(List<Delivery> deliveries, int listing) {
        synchronized (deliveries) {
            return deliveries.stream().filter(d -> d.listing() == listing).map(Delivery::state).toList();
        }
    }

    private static String stateOf(List<String> states, String sku) {
        return states.stream().filter(s -> skuOf(s).equals(sku)).findFirst().orElseThrow();
    }

    private static String skuOf(String state) {
        return state.substring(0, state.indexOf(' '));
    }

    /** A supply as the sandbox answers it (Basic): SKU, total and in-stock units, when the first units can be picked. */
    private static String state(Supply supply) {
        String earliest = supply.inStock() > 0 ? "Immediately"
                : supply.inbound() > 0 ? supply.arrivesAt().truncatedTo(ChronoUnit.SECONDS).toString() : "-";
        return supply.listing().sellerSku() + " total=" + supply.total() + " inStock=" + supply.inStock() + " earliest=" + earliest;
    }

    private static String state(InventorySupply supply) {
        String earliest = supply.earliestAvailability() == null ? "-"
                : supply.earliestAvailability().dateTime() == null ? supply.earliestAvailability().timepointTypeAsString()
                : supply.earliestAvailability().dateTime().toString();
        return supply.sellerSku() + " total=" + supply.totalSupplyQuantity() + " inStock=" + supply.inStockSupplyQuantity() + " earliest=" + earliest;
    }
}
