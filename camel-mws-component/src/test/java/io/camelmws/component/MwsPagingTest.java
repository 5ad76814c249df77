package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.sellers.Marketplaces;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * autoPaginate: every order of a 10 000-order book, page by page through ListOrdersByNextToken, each page
 * throttled like any call, with a streaming split holding one page at a time. Runs in the small-heap JVM
 * (see the pom's small-heap execution).
 */
@Tag("small-heap")
class MwsPagingTest extends org.apache.camel.test.junit5.CamelTestSupport {

    /** ListOrders allows one call a minute; at 3000x a minute passes in 20 ms, so 100 pages take seconds. */
    static final double TIME_SCALE = 3000;

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    private static final Pattern ORDER_ID = Pattern.compile("<AmazonOrderId>([^<]+)</AmazonOrderId>");
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent mws = ScaledMws.component(SANDBOX);
        context.addComponent("mws", mws);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String marketplaces = String.join(",", Marketplaces.seller().stream().map(m -> m.marketplaceId()).toList());
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all-orders")
                        .to("mws:ListOrders?autoPaginate=true&marketplaceId=" + marketplaces)
                        .split(body()).streaming()
                            .process(exchange -> {
                                pages.incrementAndGet();
                                Matcher ids = ORDER_ID.matcher(exchange.getMessage().getBody(String.class));
                                while (ids.find()) {
                                    if (!seen.add(ids.group(1))) {
                                        duplicates.incrementAndGet();
                                    }
                                }
                            })
                        .end();
            }
        };
    }

    @Test
    void everyOrderOnceThroughLazyThrottledPages() {
        // Move the simulation past the book's start, so CreatedBefore = start is the two minutes in the past MWS requires.
        SANDBOX.sandbox().advanceClock(Duration.ofMinutes(10));
        Instant start = SANDBOX.sandbox().orders().start();
        Instant from = start.minus(Duration.ofDays(40));

        template.sendBodyAndHeader("direct:all-orders", null, MwsConstants.PARAMETERS, Map.of("CreatedAfter", from, "CreatedBefore", start));

        long expected = SANDBOX.sandbox().orders().ordersPurchasedBetween(from, start, SANDBOX.sandbox().clock().instant()).stream()
                .map(Order::amazonOrderId).distinct().count();
        assertThat(expected).isEqualTo(10_000);
        assertThat(seen).hasSize(10_000);
        assertThat(duplicates).hasValue(0);
        assertThat(pages).hasValue(100);
        assertThat(SANDBOX.sandbox().requests()).hasSize(100)
                .allSatisfy(request -> assertThat(request.status()).isEqualTo(200))
                .extracting(SandboxRequest::action).containsOnly("ListOrders", "ListOrdersByNextToken");
    }

    @Test
    void maxPagesStopsEarlyAndTheLastPageSaysWhereToResume() {
        SANDBOX.sandbox().advanceClock(Duration.ofMinutes(10));
        Instant start = SANDBOX.sandbox().orders().start();
        java.util.List<Object> pagesSeen = new java.util.ArrayList<>();
        @SuppressWarnings("unchecked")
        java.util.Iterator<org.apache.camel.Message> iterator = template.requestBodyAndHeader(
                "mws:ListOrders?autoPaginate=true&maxPages=3&marketplaceId=ATVPDKIKX0DER", null, MwsConstants.PARAMETERS,
                Map.of("CreatedAfter", start.minus(Duration.ofDays(40)), "CreatedBefore", start), java.util.Iterator.class);

        // Lazy: only the first page has been fetched so far.
        assertThat(SANDBOX.sandbox().requests()).hasSize(1);
        org.apache.camel.Message last = null;
        while (iterator.hasNext()) {
            last = iterator.next();
            pagesSeen.add(last.getHeader(MwsConstants.PAGE_NUMBER));
        }
        assertThat(pagesSeen).containsExactly(1, 2, 3);
        assertThat(SANDBOX.sandbox().requests()).hasSize(3);
        assertThat(last.getHeader(MwsConstants.NEXT_TOKEN, String.class)).isNotBlank();
        assertThat(last.getHeader(MwsConstants.ACTION)).isEqualTo("ListOrdersByNextToken");
    }
}
