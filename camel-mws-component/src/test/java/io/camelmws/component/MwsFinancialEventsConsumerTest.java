package io.camelmws.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.model.finances.ListFinancialEventsResult;
import io.camelmws.component.model.finances.ShipmentEvent;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * from("mws:ListFinancialEvents") against a sandbox running 600 times faster than real time, so parcels ship and
 * Finances posts their events while the consumer polls: every event posted in the windows is delivered once, across
 * polls and a restart with the state in a file; a failing route holds the watermark until the event goes through; and
 * every window the consumer closes (PostedBefore) ends at least two minutes before the sandbox's clock at the request.
 */
class MwsFinancialEventsConsumerTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    /** What the route saw of one delivery. */
    private record Delivery(String key, String type, String amazonOrderId, Instant postedDate, String bodyOrderId) {

        String event() {
            return type + "|" + amazonOrderId + "|" + postedDate;
        }
    }

    private static CamelContext consumer(String uri, PollCounter polls, List<Delivery> deliveries, AtomicReference<String> failing)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        context.getRegistry().bind("polls", polls);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("money").process(exchange -> {
                    Message message = exchange.getMessage();
                    String key = message.getHeader(MwsConstants.POLLED_KEY, String.class);
                    // The first event delivered while the fault is on fails, and keeps failing until it is lifted.
                    if (failing.compareAndSet("", key) || key.equals(failing.get()) && !key.startsWith("lifted:")) {
                        throw new IllegalStateException("the ledger is down");
                    }
                    ShipmentEvent event = message.getBody(ShipmentEvent.class);
                    deliveries.add(new Delivery(key, message.getHeader(MwsConstants.FINANCIAL_EVENT_TYPE, String.class),
                            message.getHeader(MwsConstants.AMAZON_ORDER_ID, String.class), message.getHeader(MwsConstants.POSTED_DATE, Instant.class),
                            event.amazonOrderId()));
                });
            }
        });
        context.start();
        return context;
    }

    @Test
    void everyPostedEventIsDeliveredOnceAcrossPollsAFaultAndARestart(@TempDir Path state) throws Exception {
        String uri = "mws:ListFinancialEvents?resultFormat=MODEL&initialLastUpdatedAfter=PT12H&delay=100&pollStrategy=#polls&stateFile="
                     + state.resolve("money.state");
        List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<String> failing = new AtomicReference<>("");
        PollCounter polls = new PollCounter();
        CamelContext first = consumer(uri, polls, deliveries, failing);
        String failed;
        int atFault;
        int atLift;
        try {
            polls.await(4);
            failed = failing.get();
            assertThat(failed).as("an event was delivered, and failed").isNotEmpty();
            atFault = listings().size();
            polls.await(4);
            assertThat(deliveries).extracting(Delivery::key).doesNotContain(failed);
            atLift = listings().size();
            failing.set("lifted:" + failed);
            polls.await(4);
        } finally {
            first.stop();
        }
        assertThat(deliveries).extracting(Delivery::key).contains(failed);
        int beforeRestart = deliveries.size();
        List<SandboxRequest> firstRun = ScaledMws.of(SANDBOX.sandbox().requests(), "ListFinancialEvents");
        // While the event failed, each listing started at or before it: the watermark held.
        Instant failedAt = Instant.parse(failed.substring(failed.lastIndexOf('|') + 1));
        assertThat(firstRun.subList(atFault, atLift)).isNotEmpty().allSatisfy(listing ->
                assertThat(Instant.parse(listing.parameter("PostedAfter"))).isBeforeOrEqualTo(failedAt));
        assertThat(Instant.parse(firstRun.get(firstRun.size() - 1).parameter("PostedAfter"))).as("the window moved on once it went through")
                .isAfter(failedAt);
        assertThat(deliveries.stream().filter(d -> d.key().equals(failed))).hasSize(1);

        CamelContext second = consumer(uri, new PollCounter(), deliveries, new AtomicReference<>("none"));
        PollCounter morePolls = second.getRegistry().lookupByNameAndType("polls", PollCounter.class);
        try {
            morePolls.await(6);
        } finally {
            second.stop();
        }
        assertThat(deliveries.size()).as("events were posted after the restart").isGreaterThan(beforeRestart);

        List<SandboxRequest> listings = ScaledMws.of(SANDBOX.sandbox().requests(), "ListFinancialEvents");
        // Every window the consumer closed ends two minutes or more before MWS's clock at the request.
        assertThat(listings).allSatisfy(listing -> assertThat(Instant.parse(listing.parameter("PostedBefore")))
                .isBeforeOrEqualTo(listing.receivedAt().minus(Duration.ofMinutes(2))));
        // After the restart the consumer went on where the first run's last committed window ended.
        SandboxRequest restarted = listings.get(firstRun.size());
        assertThat(Instant.parse(restarted.parameter("PostedAfter"))).isAfterOrEqualTo(Instant.parse(firstRun.get(firstRun.size() - 1).parameter("PostedAfter")));
        // Each window starts where an earlier one ended, or at the event that failed: no gap between windows.
        List<Instant> starts = new ArrayList<>(listings.stream().map(listing -> Instant.parse(listing.parameter("PostedBefore"))).toList());
        starts.add(failedAt);
        assertThat(listings.subList(1, listings.size())).allSatisfy(listing ->
                assertThat(starts).contains(Instant.parse(listing.parameter("PostedAfter"))));
        Instant start = Instant.parse(listings.get(0).parameter("PostedAfter"));
        Instant committed = Instant.parse(listings.get(listings.size() - 1).parameter("PostedAfter"));

        assertThat(deliveries).extracting(Delivery::key).doesNotHaveDuplicates();
        assertThat(deliveries).allSatisfy(delivery -> {
            assertThat(delivery.bodyOrderId()).isEqualTo(delivery.amazonOrderId());
            assertThat(delivery.type()).isIn("ShipmentEvent", "RefundEvent");
            assertThat(delivery.key()).startsWith(delivery.type() + "List|" + delivery.amazonOrderId() + "|");
        });
        List<String> expected = posted(start, committed);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(deliveries.stream().filter(d -> d.postedDate().isBefore(committed)).map(Delivery::event).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<SandboxRequest> listings() {
        return ScaledMws.of(SANDBOX.sandbox().requests(), "ListFinancialEvents");
    }

    /** Every event the sandbox posted in [after, before), asked as a producer would, every page. */
    private static List<String> posted(Instant after, Instant before) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        context.start();
        try {
            Map<String, Object> window = new HashMap<>();
            window.put("PostedAfter", after.toString());
            window.put("PostedBefore", before.toString());
            @SuppressWarnings("unchecked")
            Iterator<Message> pages = context.createProducerTemplate().requestBodyAndHeader(
                    "mws:ListFinancialEvents?autoPaginate=true&resultFormat=MODEL", null, MwsConstants.PARAMETERS, window, Iterator.class);
            List<String> events = new ArrayList<>();
            while (pages.hasNext()) {
                ListFinancialEventsResult page = pages.next().getBody(ListFinancialEventsResult.class);
                page.financialEvents().shipmentEvents().forEach(e -> events.add("ShipmentEvent|" + e.amazonOrderId() + "|" + e.postedDate()));
                page.financialEvents().refundEvents().forEach(e -> events.add("RefundEvent|" + e.amazonOrderId() + "|" + e.postedDate()));
            }
            return events;
        } finally {
            context.stop();
        }
    }

    @Test
    void optionsThatDoNotApplyAreRefusedEarly() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        context.start();
        try {
            assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mws:ListFinancialEvents?includeItems=true").to("mock:events");
                }
            })).rootCause().hasMessageContaining("Option includeItems applies to consumers of lists whose items have parts")
                    .hasMessageContaining("not to ListFinancialEvents");
            assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("mws:ListFinancialEvents?param.PostedBefore=2026-11-01T00:00:00Z").to("mock:events");
                }
            })).rootCause().hasMessageContaining("param.PostedBefore cannot be set on a consumer of ListFinancialEvents")
                    .hasMessageContaining("initialLastUpdatedAfter");
        } finally {
            context.stop();
        }
    }
}
