package io.camelmws.sandbox.orders;

import static io.camelmws.sandbox.orders.OrdersCalls.ORDERS_NS;
import static io.camelmws.sandbox.orders.OrdersCalls.orders;
import static io.camelmws.sandbox.orders.OrdersListOrdersRulesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GetOrder, ListOrderItems and ListOrderItemsByNextToken, with two items per page so that items page. */
class OrdersGetOrderAndItemsTest {

    private static final MutableClock WALL = MutableClock.at("2024-05-06T09:30:00Z");

    private static MwsSandbox sandbox;
    private static Instant now;
    private static List<Order> all;

    @BeforeAll
    static void start() {
        sandbox = OrdersCalls.start(builder -> builder.clock(WALL).orders(3_000).orderItemsPageSize(2));
        now = sandbox.clock().instant();
        all = List.copyOf(sandbox.orders().ordersAt(now));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void getOrderAnswersTheKnownIdsInTheOrderAskedAndLeavesUnknownOnesOut() {
        Order first = all.get(2_500);
        Order second = all.get(10);
        OrdersCalls.Answer answer = orders(sandbox, "GetOrder", "AmazonOrderId.Id.1", first.amazonOrderId(),
                "AmazonOrderId.Id.2", "111-0000000-0000000", "AmazonOrderId.Id.3", second.amazonOrderId())
                .assertOk();

        assertThat(answer.rootName()).isEqualTo("GetOrderResponse");
        assertThat(answer.allIn(ORDERS_NS)).isTrue();
        assertThat(answer.texts("GetOrderResult")).hasSize(1);
        assertThat(answer.text("RequestId")).isEqualTo(answer.requestIdHeader());
        List<Map<String, String>> listed = answer.records("Order");
        assertThat(listed).extracting(order -> order.get("AmazonOrderId"))
                .containsExactly(first.amazonOrderId(), second.amazonOrderId());
        assertThat(listed.get(0)).containsEntry("OrderStatus", first.orderStatus())
                .containsEntry("PurchaseDate", first.purchaseDate().toString())
                .containsEntry("LastUpdateDate", first.lastUpdateDate().toString())
                .containsEntry("SalesChannel", first.salesChannel())
                .containsEntry("FulfillmentChannel", first.fulfillmentChannel())
                .containsEntry("NumberOfItemsShipped", String.valueOf(first.numberOfItemsShipped()))
                .containsEntry("NumberOfItemsUnshipped", String.valueOf(first.numberOfItemsUnshipped()))
                .containsEntry("OrderType", first.orderType());
    }

    @Test
    void getOrderTakesUpToFiftyIdsAndNeedsOne() {
        List<String> fifty = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            fifty.add("AmazonOrderId.Id." + i);
            fifty.add(all.get(i * 37).amazonOrderId());
        }
        assertThat(orders(sandbox, "GetOrder", fifty.toArray(String[]::new)).assertOk().records("Order")).hasSize(50);

        fifty.add("AmazonOrderId.Id.51");
        fifty.add(all.get(1).amazonOrderId());
        assertError(orders(sandbox, "GetOrder", fifty.toArray(String[]::new)), "InvalidParameterValue", "at most 50");
        assertError(orders(sandbox, "GetOrder"), "MissingParameter", "AmazonOrderId.Id.1");
    }

    @Test
    void getOrderFindsNoOrderBeforeItIsBoughtAndWithholdsBuyerDataWhilePending() {
        Instant later = now.plus(Duration.ofHours(2));
        List<Order> atLater = sandbox.orders().ordersAt(later);
        Order future = atLater.get(atLater.size() - 1);
        assertThat(future.purchaseDate()).isAfter(now);
        assertThat(orders(sandbox, "GetOrder", "AmazonOrderId.Id.1", future.amazonOrderId()).assertOk()
                .records("Order")).isEmpty();

        Order pending = all.stream().filter(order -> order.orderStatus().equals("Pending")).findFirst().orElseThrow();
        Map<String, String> listed = orders(sandbox, "GetOrder", "AmazonOrderId.Id.1", pending.amazonOrderId())
                .assertOk().records("Order").get(0);
        assertThat(listed).containsEntry("OrderStatus", "Pending")
                .doesNotContainKeys("BuyerName", "BuyerEmail", "ShippingAddress/Name", "OrderTotal/Amount");
    }

    @Test
    void listOrderItemsPagesThroughEveryItemOfAnOrder() {
        Order order = all.stream().filter(candidate -> candidate.items().size() == 5 && !candidate.paymentPending())
                .findFirst().orElseThrow();
        List<Map<String, String>> items = new ArrayList<>();
        OrdersCalls.Answer page = orders(sandbox, "ListOrderItems", "AmazonOrderId", order.amazonOrderId())
                .assertOk();
        assertThat(page.rootName()).isEqualTo("ListOrderItemsResponse");
        assertThat(page.allIn(ORDERS_NS)).isTrue();
        int pages = 1;
        items.addAll(page.records("OrderItem"));
        while (page.text("NextToken") != null) {
            assertThat(page.text("AmazonOrderId")).isEqualTo(order.amazonOrderId());
            page = orders(sandbox, "ListOrderItemsByNextToken", "NextToken", page.text("NextToken")).assertOk();
            assertThat(page.rootName()).isEqualTo("ListOrderItemsByNextTokenResponse");
            assertThat(page.text("RequestId")).isEqualTo(page.requestIdHeader());
            items.addAll(page.records("OrderItem"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(page.text("AmazonOrderId")).isEqualTo(order.amazonOrderId());
        assertThat(items).hasSize(5);
        for (int i = 0; i < 5; i++) {
            OrderItem expected = order.items().get(i);
            assertThat(items.get(i)).containsEntry("OrderItemId", expected.orderItemId())
                    .containsEntry("ASIN", expected.asin())
                    .containsEntry("SellerSKU", expected.sellerSku())
                    .containsEntry("Title", expected.title())
                    .containsEntry("QuantityOrdered", String.valueOf(expected.quantityOrdered()))
                    .containsEntry("QuantityShipped", String.valueOf(expected.quantityShipped()))
                    .containsEntry("ItemPrice/Amount", expected.itemPrice().toPlainString())
                    .containsEntry("ItemPrice/CurrencyCode", expected.currencyCode());
        }
    }

    @Test
    void listOrderItemsOmitsPricesWhileTheOrderIsPending() {
        Order pending = all.stream().filter(order -> order.orderStatus().equals("Pending")).findFirst().orElseThrow();
        OrdersCalls.Answer page = orders(sandbox, "ListOrderItems", "AmazonOrderId", pending.amazonOrderId())
                .assertOk();
        assertThat(page.records("OrderItem")).isNotEmpty()
                .allSatisfy(item -> assertThat(item).containsKeys("SellerSKU", "QuantityOrdered")
                        .doesNotContainKeys("ItemPrice/Amount", "ItemPrice/CurrencyCode"));
    }

    @Test
    void listOrderItemsRefusesAMissingOrUnknownOrderAndABadToken() {
        assertError(orders(sandbox, "ListOrderItems"), "MissingParameter", "AmazonOrderId");
        assertError(orders(sandbox, "ListOrderItems", "AmazonOrderId", "111-0000000-0000000"),
                "InvalidParameterValue", "111-0000000-0000000");
        assertError(orders(sandbox, "ListOrderItemsByNextToken", "NextToken", "AAAA"), "InvalidParameterValue",
                "NextToken");
        assertError(orders(sandbox, "ListOrderItemsByNextToken"), "MissingParameter", "NextToken");
    }
}
