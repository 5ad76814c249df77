package io.camelmws.sandbox.orders;

import static io.camelmws.sandbox.orders.OrdersCalls.listAllOrders;
import static io.camelmws.sandbox.orders.OrdersCalls.orders;
import static io.camelmws.sandbox.orders.OrdersListOrdersTest.withAllMarketplaces;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The order book as the simulated clock runs: new and updated orders, stable pages, reseeding and reset. */
class OrdersClockTest {

    @Test
    void aPollerSeesNewAndUpdatedOrdersAsTheSimulatedClockRuns() {
        try (MwsSandbox sandbox = OrdersCalls.start(builder -> builder.clock(MutableClock.at("2024-05-06T09:30:00Z"))
                .orders(1_000))) {
            Instant start = sandbox.clock().instant();
            OrdersCalls.Answer firstPoll = orders(sandbox, "ListOrders", withAllMarketplaces(
                    "LastUpdatedAfter", start.minus(Duration.ofDays(1)).toString())).assertOk();
            assertThat(firstPoll.text("NextToken")).isNull();
            Map<String, String> statusAtFirstPoll = statuses(firstPoll.records("Order"));
            String polledUntil = firstPoll.text("LastUpdatedBefore");

            sandbox.advanceClock(Duration.ofHours(6));
            Instant later = sandbox.clock().instant();
            List<Map<String, String>> secondPoll = listAllOrders(sandbox, withAllMarketplaces(
                    "LastUpdatedAfter", polledUntil));

            List<Order> expected = sandbox.orders().ordersUpdatedBetween(Instant.parse(polledUntil),
                    later.minus(Duration.ofMinutes(2)), later);
            assertThat(secondPoll).extracting(order -> order.get("AmazonOrderId"))
                    .containsExactlyElementsOf(expected.stream().map(Order::amazonOrderId).toList());
            List<Map<String, String>> created = secondPoll.stream()
                    .filter(order -> Instant.parse(order.get("PurchaseDate")).isAfter(start)).toList();
            assertThat(created).hasSizeBetween(65, 73);
            List<Map<String, String>> moved = secondPoll.stream()
                    .filter(order -> statusAtFirstPoll.containsKey(order.get("AmazonOrderId"))).toList();
            assertThat(moved).isNotEmpty().allSatisfy(order -> assertThat(order.get("OrderStatus"))
                    .isNotEqualTo(statusAtFirstPoll.get(order.get("AmazonOrderId"))));
            assertThat(secondPoll).allSatisfy(order -> assertThat(Instant.parse(order.get("LastUpdateDate")))
                    .isAfterOrEqualTo(Instant.parse(polledUntil)));
        }
    }

    @Test
    void pagesStayTheSameWhileTheClockMovesBetweenThem() {
        try (MwsSandbox sandbox = OrdersCalls.start(builder -> builder.clock(MutableClock.at("2024-05-06T09:30:00Z"))
                .orders(10_000))) {
            Instant start = sandbox.clock().instant();
            Instant after = start.minus(Duration.ofDays(3));
            List<String> expected = sandbox.orders().ordersPurchasedBetween(after, start.minus(Duration.ofMinutes(2)),
                    start).stream().filter(order -> order.orderStatus().equals("Unshipped")
                    || order.orderStatus().equals("PartiallyShipped")).map(Order::amazonOrderId).toList();
            assertThat(expected).hasSizeGreaterThan(30);

            OrdersCalls.Answer page = orders(sandbox, "ListOrders", withAllMarketplaces(
                    "CreatedAfter", after.toString(), "OrderStatus.Status.1", "Unshipped", "OrderStatus.Status.2", "PartiallyShipped",
                    "MaxResultsPerPage", "10")).assertOk();
            List<String> listed = new ArrayList<>(page.texts("AmazonOrderId"));
            while (page.text("NextToken") != null) {
                // Long enough for every one of these orders to ship, and for new ones to arrive.
                sandbox.advanceClock(Duration.ofDays(1));
                page = orders(sandbox, "ListOrdersByNextToken", "NextToken", page.text("NextToken")).assertOk();
                listed.addAll(page.texts("AmazonOrderId"));
            }
            assertThat(listed).containsExactlyElementsOf(expected);
            assertThat(sandbox.orders().find(expected.get(0), sandbox.clock().instant()).orElseThrow().orderStatus())
                    .isIn("Shipped", "Canceled", "Unfulfillable");
        }
    }

    @Test
    void aReseededBookIsWhatListOrdersReadsAndResetRestoresTheBuiltOne() {
        try (MwsSandbox sandbox = OrdersCalls.start(builder -> builder.clock(MutableClock.at("2024-05-06T09:30:00Z"))
                .orders(1_000).seed(42))) {
            List<String> built = ids(sandbox);
            sandbox.advanceClock(Duration.ofHours(1));

            sandbox.orders().reseed(300, 5);
            assertThat(sandbox.orders().initialOrders()).isEqualTo(300);
            assertThat(sandbox.orders().start()).isEqualTo(sandbox.clock().instant());
            List<String> reseeded = listAllOrders(sandbox, withAllMarketplaces("CreatedAfter",
                    sandbox.clock().instant().minus(Duration.ofDays(31)).toString())).stream()
                    .map(order -> order.get("AmazonOrderId")).toList();
            assertThat(reseeded).hasSizeBetween(298, 300).doesNotContainAnyElementsOf(built);

            sandbox.reset();
            assertThat(sandbox.orders().initialOrders()).isEqualTo(1_000);
            assertThat(sandbox.orders().seed()).isEqualTo(42);
        }
    }

    private static List<String> ids(MwsSandbox sandbox) {
        return sandbox.orders().ordersAt(sandbox.clock().instant()).stream().map(Order::amazonOrderId).toList();
    }

    private static Map<String, String> statuses(List<Map<String, String>> orders) {
        return orders.stream().collect(Collectors.toMap(order -> order.get("AmazonOrderId"),
                order -> order.get("OrderStatus")));
    }
}
