package io.camelmws.sandbox.orders;

import static io.camelmws.sandbox.orders.OrdersCalls.DE;
import static io.camelmws.sandbox.orders.OrdersCalls.ORDERS_NS;
import static io.camelmws.sandbox.orders.OrdersCalls.US;
import static io.camelmws.sandbox.orders.OrdersCalls.orders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ListOrders rule of REFERENCE 10.1 broken once: a 400 ErrorResponse in the Orders namespace naming it. */
class OrdersListOrdersRulesTest {

    private static final MutableClock WALL = MutableClock.at("2024-05-06T09:30:00Z");
    private static final Instant NOW = WALL.instant();
    private static final String YESTERDAY = NOW.minus(Duration.ofDays(1)).toString();

    private static MwsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = OrdersCalls.start(builder -> builder.clock(WALL).orders(2_000));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static Stream<Arguments> brokenRules() {
        String oneMinuteAgo = NOW.minus(Duration.ofMinutes(1)).toString();
        String twoDaysAgo = NOW.minus(Duration.ofDays(2)).toString();
        return Stream.of(
                arguments("no MarketplaceId", "MissingParameter", "MarketplaceId.Id.1",
                        new String[] {"CreatedAfter", YESTERDAY}),
                arguments("51 MarketplaceIds", "InvalidParameterValue", "at most 50", fiftyOneMarketplaces()),
                arguments("an unknown MarketplaceId", "InvalidParameterValue", "A2Q3Y263D00KWC",
                        new String[] {"CreatedAfter", YESTERDAY, "MarketplaceId.Id.1", "A2Q3Y263D00KWC"}),
                // Real MWS's code and exact message (docs/sandbox.md names the recordings).
                arguments("neither CreatedAfter nor LastUpdatedAfter", "InvalidParameterValue", "CreatedAfter or "
                        + "LastUpdatedAfter must be specified", new String[] {"MarketplaceId.Id.1", US}),
                arguments("both CreatedAfter and LastUpdatedAfter", "InvalidParameterValue", "CreatedAfter and "
                        + "LastUpdatedAfter", new String[] {"CreatedAfter", YESTERDAY, "LastUpdatedAfter", YESTERDAY,
                        "MarketplaceId.Id.1", US}),
                arguments("CreatedAfter within two minutes", "InvalidParameterValue", "two minutes",
                        new String[] {"CreatedAfter", oneMinuteAgo, "MarketplaceId.Id.1", US}),
                arguments("LastUpdatedAfter within two minutes", "InvalidParameterValue", "LastUpdatedAfter",
                        new String[] {"LastUpdatedAfter", oneMinuteAgo, "MarketplaceId.Id.1", US}),
                arguments("CreatedBefore before CreatedAfter", "InvalidParameterValue", "must be later than "
                        + "CreatedAfter", new String[] {"CreatedAfter", YESTERDAY, "CreatedBefore", twoDaysAgo,
                        "MarketplaceId.Id.1", US}),
                arguments("CreatedBefore within two minutes", "InvalidParameterValue", "CreatedBefore",
                        new String[] {"CreatedAfter", YESTERDAY, "CreatedBefore", oneMinuteAgo,
                            "MarketplaceId.Id.1", US}),
                arguments("LastUpdatedBefore before LastUpdatedAfter", "InvalidParameterValue", "LastUpdatedBefore",
                        new String[] {"LastUpdatedAfter", YESTERDAY, "LastUpdatedBefore", twoDaysAgo,
                        "MarketplaceId.Id.1", US}),
                arguments("CreatedBefore with LastUpdatedAfter", "InvalidParameterValue", "CreatedBefore cannot be "
                        + "used with LastUpdatedAfter", new String[] {"LastUpdatedAfter", twoDaysAgo, "CreatedBefore",
                        YESTERDAY, "MarketplaceId.Id.1", US}),
                arguments("BuyerEmail with LastUpdatedAfter", "InvalidParameterValue", "BuyerEmail cannot be used "
                        + "with LastUpdatedAfter", new String[] {"LastUpdatedAfter", YESTERDAY, "BuyerEmail",
                        "a@marketplace.amazon.com", "MarketplaceId.Id.1", US}),
                arguments("SellerOrderId with LastUpdatedAfter", "InvalidParameterValue", "SellerOrderId cannot be "
                        + "used with LastUpdatedAfter", new String[] {"LastUpdatedAfter", YESTERDAY, "SellerOrderId",
                        "CM-1000001", "MarketplaceId.Id.1", US}),
                arguments("BuyerEmail with SellerOrderId", "InvalidParameterValue", "BuyerEmail cannot be used with "
                        + "SellerOrderId", new String[] {"CreatedAfter", YESTERDAY, "BuyerEmail",
                        "a@marketplace.amazon.com", "SellerOrderId", "CM-1000001", "MarketplaceId.Id.1", US}),
                arguments("BuyerEmail with OrderStatus", "InvalidParameterValue", "BuyerEmail cannot be used with "
                        + "OrderStatus", new String[] {"CreatedAfter", YESTERDAY, "BuyerEmail",
                        "a@marketplace.amazon.com", "OrderStatus.Status.1", "Shipped", "MarketplaceId.Id.1", US}),
                arguments("SellerOrderId with FulfillmentChannel", "InvalidParameterValue", "SellerOrderId cannot be "
                        + "used with FulfillmentChannel", new String[] {"CreatedAfter", YESTERDAY, "SellerOrderId",
                        "CM-1000001", "FulfillmentChannel.Channel.1", "MFN", "MarketplaceId.Id.1", US}),
                arguments("BuyerEmail with PaymentMethod", "InvalidParameterValue", "BuyerEmail cannot be used with "
                        + "PaymentMethod", new String[] {"CreatedAfter", YESTERDAY, "BuyerEmail",
                        "a@marketplace.amazon.com", "PaymentMethod.Method.1", "COD", "MarketplaceId.Id.1", US}),
                arguments("Unshipped without PartiallyShipped", "InvalidParameterValue", "Unshipped and "
                        + "PartiallyShipped must be used together", new String[] {"CreatedAfter", YESTERDAY,
                        "OrderStatus.Status.1", "Unshipped", "MarketplaceId.Id.1", US}),
                arguments("PartiallyShipped without Unshipped", "InvalidParameterValue", "only PartiallyShipped",
                        new String[] {"CreatedAfter", YESTERDAY, "OrderStatus.Status.1", "PartiallyShipped",
                        "OrderStatus.Status.2", "Shipped", "MarketplaceId.Id.1", US}),
                arguments("an unknown OrderStatus", "InvalidParameterValue", "OrderStatus.Status",
                        new String[] {"CreatedAfter", YESTERDAY, "OrderStatus.Status.1", "Delivered",
                        "MarketplaceId.Id.1", US}),
                arguments("an unknown FulfillmentChannel", "InvalidParameterValue", "FulfillmentChannel.Channel",
                        new String[] {"CreatedAfter", YESTERDAY, "FulfillmentChannel.Channel.1", "FBA",
                        "MarketplaceId.Id.1", US}),
                arguments("an unknown PaymentMethod", "InvalidParameterValue", "PaymentMethod.Method",
                        new String[] {"CreatedAfter", YESTERDAY, "PaymentMethod.Method.1", "Card",
                        "MarketplaceId.Id.1", US}),
                arguments("a malformed date", "InvalidParameterValue", "CreatedAfter",
                        new String[] {"CreatedAfter", "yesterday", "MarketplaceId.Id.1", US}),
                arguments("MaxResultsPerPage 0", "InvalidParameterValue", "MaxResultsPerPage",
                        new String[] {"CreatedAfter", YESTERDAY, "MaxResultsPerPage", "0", "MarketplaceId.Id.1", US}),
                arguments("MaxResultsPerPage 101", "InvalidParameterValue", "from 1 to 100",
                        new String[] {"CreatedAfter", YESTERDAY, "MaxResultsPerPage", "101", "MarketplaceId.Id.1", US}),
                arguments("MaxResultsPerPage not a number", "InvalidParameterValue", "MaxResultsPerPage",
                        new String[] {"CreatedAfter", YESTERDAY, "MaxResultsPerPage", "ten", "MarketplaceId.Id.1", US}),
                arguments("a list member numbered 0", "InvalidParameterValue", "MarketplaceId.Id.0",
                        new String[] {"CreatedAfter", YESTERDAY, "MarketplaceId.Id.0", US}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void refusesARequestThatBreaksARule(String rule, String code, String messagePart, String[] parameters) {
        assertError(orders(sandbox, "ListOrders", parameters), code, messagePart);
    }

    @Test
    void acceptsFiftyMarketplaceIdsAndUnshippedWithPartiallyShipped() {
        String[] fifty = fiftyOneMarketplaces();
        List<String> parameters = new ArrayList<>(List.of(fifty).subList(0, fifty.length - 2));
        parameters.addAll(List.of("OrderStatus.Status.1", "PartiallyShipped", "OrderStatus.Status.2", "Unshipped"));
        OrdersCalls.orders(sandbox, "ListOrders", parameters.toArray(String[]::new)).assertOk();
    }

    @Test
    void refusesAMissingMalformedTamperedOrForeignNextToken() {
        OrdersCalls.Answer first = orders(sandbox, "ListOrders", "CreatedAfter", YESTERDAY, "MarketplaceId.Id.1", US,
                "MaxResultsPerPage", "1").assertOk();
        String token = first.text("NextToken");
        assertThat(token).isNotNull();

        assertError(orders(sandbox, "ListOrdersByNextToken"), "MissingParameter", "NextToken");
        assertError(orders(sandbox, "ListOrdersByNextToken", "NextToken", "not a token!"), "InvalidParameterValue",
                "NextToken");
        byte[] bytes = Base64.getDecoder().decode(token);
        bytes[bytes.length / 2] ^= 0x10;
        assertError(orders(sandbox, "ListOrdersByNextToken", "NextToken", Base64.getEncoder().encodeToString(bytes)),
                "InvalidParameterValue", "NextToken");
        assertError(orders(sandbox, "ListOrderItemsByNextToken", "NextToken", token), "InvalidParameterValue",
                "NextToken");
        orders(sandbox, "ListOrdersByNextToken", "NextToken", token).assertOk();
    }

    @Test
    void refusesNextTokensIssuedBeforeTheBookWasReseeded() {
        try (MwsSandbox own = OrdersCalls.start(builder -> builder.clock(WALL).orders(500).orderItemsPageSize(1))) {
            String token = orders(own, "ListOrders", "CreatedAfter", YESTERDAY, "MarketplaceId.Id.1", DE,
                    "MaxResultsPerPage", "1").assertOk().text("NextToken");
            Order withItems = own.orders().ordersAt(own.clock().instant()).stream()
                    .filter(order -> order.items().size() > 1).findFirst().orElseThrow();
            String itemsToken = orders(own, "ListOrderItems", "AmazonOrderId", withItems.amazonOrderId()).assertOk()
                    .text("NextToken");
            own.orders().reseed(500, 99);
            assertError(orders(own, "ListOrdersByNextToken", "NextToken", token), "InvalidParameterValue", "expired");
            assertError(orders(own, "ListOrderItemsByNextToken", "NextToken", itemsToken), "InvalidParameterValue",
                    "expired");
        }
    }

    static void assertError(OrdersCalls.Answer answer, String code, String messagePart) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.rootName()).isEqualTo("ErrorResponse");
        assertThat(answer.rootNamespace()).isEqualTo(ORDERS_NS);
        assertThat(answer.text("Type")).isEqualTo("Sender");
        assertThat(answer.text("Code")).isEqualTo(code);
        assertThat(answer.text("Message")).contains(messagePart);
        assertThat(answer.text("RequestId")).isEqualTo(answer.requestIdHeader()).isNotBlank();
    }

    private static String[] fiftyOneMarketplaces() {
        List<String> parameters = new ArrayList<>(List.of("CreatedAfter", YESTERDAY));
        for (int i = 1; i <= 51; i++) {
            parameters.add("MarketplaceId.Id." + i);
            parameters.add(i % 2 == 0 ? US : DE);
        }
        return parameters.toArray(String[]::new);
    }
}
