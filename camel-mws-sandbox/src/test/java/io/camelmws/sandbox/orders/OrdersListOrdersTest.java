package io.camelmws.sandbox.orders;

import static io.camelmws.sandbox.orders.OrdersCalls.DE;
import static io.camelmws.sandbox.orders.OrdersCalls.JP;
import static io.camelmws.sandbox.orders.OrdersCalls.ORDERS_NS;
import static io.camelmws.sandbox.orders.OrdersCalls.US;
import static io.camelmws.sandbox.orders.OrdersCalls.listAllOrders;
import static io.camelmws.sandbox.orders.OrdersCalls.orders;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ListOrders and ListOrdersByNextToken over a socket against the default 10 000-order book, with the wall clock
 * frozen so that every answer can be compared with the book read at the same instant.
 */
class OrdersListOrdersTest {

    private static final MutableClock WALL = MutableClock.at("2024-05-06T09:30:00Z");
    /** PurchaseDate and LastUpdateDate always carry three fraction digits, as recent real answers did. */
    private static final String DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static MwsSandbox sandbox;
    private static Instant now;

    @BeforeAll
    static void start() {
        sandbox = OrdersCalls.start(builder -> builder.clock(WALL));
        now = sandbox.clock().instant();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void pagesThroughTenThousandOrdersCollectingEachExactlyOnce() {
        Instant after = now.minus(Duration.ofDays(31));
        List<String> expected = ids(sandbox.orders().ordersPurchasedBetween(after, twoMinutesAgo(), now));
        assertThat(expected).hasSizeGreaterThan(9_990);

        sandbox.clearRequests();
        List<Map<String, String>> listed = listAllOrders(sandbox, withAllMarketplaces("CreatedAfter", date(after)));

        assertThat(listed).extracting(order -> order.get("AmazonOrderId")).containsExactlyElementsOf(expected);
        List<Integer> pageStatuses = sandbox.requests().stream()
                .filter(request -> "ListOrdersByNextToken".equals(request.action()))
                .map(SandboxRequest::status).toList();
        assertThat(pageStatuses).hasSize((expected.size() + 99) / 100 - 1).containsOnly(200);
    }

    @Test
    void answersInTheOrdersNamespaceWithTheRequestIdOfItsHeaderAndAnOpaqueNextToken() {
        OrdersCalls.Answer first = orders(sandbox, "ListOrders", "CreatedAfter", date(now.minus(Duration.ofDays(2))),
                "MarketplaceId.Id.1", US, "MaxResultsPerPage", "5").assertOk();

        assertThat(first.rootName()).isEqualTo("ListOrdersResponse");
        assertThat(first.allIn(ORDERS_NS)).as(first.body()).isTrue();
        assertThat(first.text("RequestId")).isEqualTo(first.requestIdHeader()).isNotBlank();
        assertThat(first.body()).startsWith("<?xml version=\"1.0\"?>");
        assertThat(first.records("Order")).hasSize(5)
                .allSatisfy(order -> assertThat(order.get("PurchaseDate")).matches(DATE))
                .allSatisfy(order -> assertThat(order.get("LastUpdateDate")).matches(DATE))
                .allSatisfy(order -> assertThat(order.get("MarketplaceId")).isEqualTo(US));
        assertThat(first.text("CreatedBefore")).isEqualTo(echoed(twoMinutesAgo()));
        assertThat(first.text("NextToken")).matches("[A-Za-z0-9+/]{40,}=*");
        assertThat(first.body().indexOf("<Orders>")).isLessThan(first.body().indexOf("<CreatedBefore>"));
        assertThat(first.body().indexOf("<CreatedBefore>")).isLessThan(first.body().indexOf("<NextToken>"));

        OrdersCalls.Answer second = orders(sandbox, "ListOrdersByNextToken", "NextToken", first.text("NextToken"))
                .assertOk();
        assertThat(second.rootName()).isEqualTo("ListOrdersByNextTokenResponse");
        assertThat(second.texts("ListOrdersByNextTokenResult")).hasSize(1);
        assertThat(second.allIn(ORDERS_NS)).isTrue();
        assertThat(second.text("RequestId")).isEqualTo(second.requestIdHeader()).isNotEqualTo(first.text("RequestId"));
        assertThat(second.records("Order")).hasSize(5).extracting(order -> order.get("AmazonOrderId"))
                .doesNotContainAnyElementsOf(first.texts("AmazonOrderId"));
    }

    @Test
    void filtersByMarketplace() {
        assertFiltered(order -> order.marketplaceId().equals(DE), "MarketplaceId.Id.1", DE);
        assertFiltered(order -> order.marketplaceId().equals(DE) || order.marketplaceId().equals(JP),
                "MarketplaceId.Id.1", DE, "MarketplaceId.Id.2", JP);
    }

    @Test
    void filtersByOrderStatus() {
        assertFiltered(order -> order.orderStatus().equals("Shipped"), withAllMarketplaces("OrderStatus.Status.1",
                "Shipped"));
        assertFiltered(order -> order.orderStatus().equals("Unshipped")
                        || order.orderStatus().equals("PartiallyShipped"),
                withAllMarketplaces("OrderStatus.Status.1", "Unshipped", "OrderStatus.Status.2", "PartiallyShipped"));
        assertFiltered(order -> order.orderStatus().equals("Canceled") || order.orderStatus().equals("Pending"),
                withAllMarketplaces("OrderStatus.Status.1", "Canceled", "OrderStatus.Status.2", "Pending"));
    }

    @Test
    void filtersByFulfillmentChannelAndPaymentMethod() {
        assertFiltered(order -> order.fulfillmentChannel().equals("MFN"),
                withAllMarketplaces("FulfillmentChannel.Channel.1", "MFN"));
        assertFiltered(order -> order.marketplaceId().equals(JP) && !order.paymentMethod().equals("Other"),
                "MarketplaceId.Id.1", JP, "PaymentMethod.Method.1", "COD", "PaymentMethod.Method.2", "CVS");
    }

    @Test
    void findsOrdersByBuyerEmailOrBySellerOrderId() {
        List<Order> recent = recentOrders();
        Order byEmail = recent.get(recent.size() / 3);
        assertFiltered(order -> order.amazonOrderId().equals(byEmail.amazonOrderId()),
                withAllMarketplaces("BuyerEmail", byEmail.buyerEmail()));
        Order mfn = recent.stream().filter(order -> order.fulfillmentChannel().equals("MFN")
                && !order.paymentPending()).findFirst().orElseThrow();
        assertThat(mfn.sellerOrderId()).isNotEqualTo(mfn.amazonOrderId());
        assertFiltered(order -> order.amazonOrderId().equals(mfn.amazonOrderId()),
                withAllMarketplaces("SellerOrderId", mfn.sellerOrderId()));
    }

    @Test
    void honoursAnExplicitCreatedBeforeAndEchoesIt() {
        Instant after = now.minus(Duration.ofDays(4));
        Instant before = now.minus(Duration.ofDays(3));
        OrdersCalls.Answer page = orders(sandbox, "ListOrders", withAllMarketplaces("CreatedAfter", date(after),
                "CreatedBefore", date(before))).assertOk();
        assertThat(page.text("CreatedBefore")).isEqualTo(echoed(before));
        List<Map<String, String>> listed = listAllOrders(sandbox, withAllMarketplaces("CreatedAfter", date(after),
                "CreatedBefore", date(before)));
        assertThat(listed).extracting(order -> order.get("AmazonOrderId"))
                .containsExactlyElementsOf(ids(sandbox.orders().ordersPurchasedBetween(after, before, now)));
    }

    @Test
    void listsOrdersByLastUpdateAndEchoesLastUpdatedBefore() {
        Instant after = now.minus(Duration.ofDays(1));
        Instant before = now.minus(Duration.ofHours(1));
        List<Map<String, String>> listed = listAllOrders(sandbox, withAllMarketplaces(
                "LastUpdatedAfter", date(after), "LastUpdatedBefore", date(before)));
        List<Order> expected = sandbox.orders().ordersUpdatedBetween(after, before, now);
        assertThat(expected).extracting(Order::purchaseDate).anyMatch(date -> date.isBefore(after));
        assertThat(listed).extracting(order -> order.get("AmazonOrderId")).containsExactlyElementsOf(ids(expected));

        OrdersCalls.Answer page = orders(sandbox, "ListOrders", withAllMarketplaces("LastUpdatedAfter", date(after)))
                .assertOk();
        assertThat(page.text("LastUpdatedBefore")).isEqualTo(echoed(twoMinutesAgo()));
        assertThat(page.text("CreatedBefore")).isNull();
    }

    @Test
    void aChinaOrIndiaShipmentStatusFilterMatchesNoneOfTheSellersOrders() {
        OrdersCalls.Answer page = orders(sandbox, "ListOrders", withAllMarketplaces("CreatedAfter",
                date(now.minus(Duration.ofDays(5))), "TFMShipmentStatus.Status.1", "Delivered")).assertOk();
        assertThat(page.texts("Orders")).containsExactly("");
        assertThat(page.text("NextToken")).isNull();
    }

    @Test
    void withholdsBuyerDataAndTotalsWhileTheBuyerHasNotPaid() {
        List<Map<String, String>> unpaid = listAllOrders(sandbox, withAllMarketplaces("CreatedAfter",
                date(now.minus(Duration.ofDays(30))), "OrderStatus.Status.1", "Pending",
                "OrderStatus.Status.2", "PendingAvailability"));
        assertThat(unpaid).isNotEmpty().allSatisfy(order -> assertThat(order).containsKeys("AmazonOrderId",
                        "NumberOfItemsUnshipped", "MarketplaceId")
                .doesNotContainKeys("BuyerEmail", "BuyerName", "ShippingAddress/Name", "ShippingAddress/City",
                        "OrderTotal/Amount"));
        assertThat(unpaid).extracting(order -> order.get("OrderStatus")).contains("Pending", "PendingAvailability");

        OrdersCalls.Answer shipped = orders(sandbox, "ListOrders", withAllMarketplaces("CreatedAfter",
                date(now.minus(Duration.ofDays(5))), "OrderStatus.Status.1", "Shipped")).assertOk();
        assertThat(shipped.records("Order")).hasSize(100).allSatisfy(order -> assertThat(order).containsKeys(
                "BuyerEmail", "BuyerName", "ShippingAddress/Name", "ShippingAddress/PostalCode", "OrderTotal/Amount",
                "OrderTotal/CurrencyCode"));
    }

    @Test
    void carriesNonAsciiNamesAndAddressesIntactAsUtf8() {
        List<Order> paid = sandbox.orders().ordersAt(now).stream().filter(order -> !order.paymentPending()).toList();
        List<Order> chosen = new ArrayList<>();
        for (String script : List.of("\\p{IsGreek}", "\\p{IsHan}", "[äöüßØøëé]", "[\\x{20000}-\\x{2FFFF}]",
                "[ñíóá]", "'")) {
            paid.stream().filter(order -> order.buyerName().matches(".*" + script + ".*")
                    || order.shippingAddress().name().matches(".*" + script + ".*")).findFirst()
                    .ifPresent(chosen::add);
        }
        assertThat(chosen).hasSizeGreaterThanOrEqualTo(5);
        String[] ids = new String[chosen.size() * 2];
        for (int i = 0; i < chosen.size(); i++) {
            ids[2 * i] = "AmazonOrderId.Id." + (i + 1);
            ids[2 * i + 1] = chosen.get(i).amazonOrderId();
        }
        OrdersCalls.Answer answer = orders(sandbox, "GetOrder", ids).assertOk();
        List<Map<String, String>> listed = answer.records("Order");
        assertThat(listed).hasSize(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Order expected = chosen.get(i);
            assertThat(listed.get(i)).containsEntry("BuyerName", expected.buyerName())
                    .containsEntry("ShippingAddress/Name", expected.shippingAddress().name())
                    .containsEntry("ShippingAddress/AddressLine1", expected.shippingAddress().addressLine1())
                    .containsEntry("ShippingAddress/City", expected.shippingAddress().city())
                    .containsEntry("ShippingAddress/StateOrRegion", expected.shippingAddress().stateOrRegion());
        }
    }

    private static void assertFiltered(Predicate<Order> expected, String... filter) {
        Instant after = now.minus(Duration.ofDays(5));
        String[] parameters = Stream.concat(Stream.of("CreatedAfter", date(after)), Stream.of(filter))
                .toArray(String[]::new);
        List<String> listed = listAllOrders(sandbox, parameters).stream().map(order -> order.get("AmazonOrderId"))
                .toList();
        List<String> truth = ids(sandbox.orders().ordersPurchasedBetween(after, twoMinutesAgo(), now).stream()
                .filter(expected).toList());
        assertThat(listed).isNotEmpty().containsExactlyElementsOf(truth);
    }

    private static List<Order> recentOrders() {
        return sandbox.orders().ordersPurchasedBetween(now.minus(Duration.ofDays(5)), twoMinutesAgo(), now);
    }

    static String[] withAllMarketplaces(String... parameters) {
        List<String> all = new ArrayList<>(List.of(parameters));
        List<Marketplace> marketplaces = Marketplaces.seller();
        for (int i = 0; i < marketplaces.size(); i++) {
            all.add("MarketplaceId.Id." + (i + 1));
            all.add(marketplaces.get(i).marketplaceId());
        }
        return all.toArray(String[]::new);
    }

    private static Instant twoMinutesAgo() {
        return now.minus(Duration.ofMinutes(2));
    }

    static String date(Instant instant) {
        return instant.toString();
    }

    /** A CreatedBefore or LastUpdatedBefore as MWS echoes it: {@code 2020-10-12T12:06:59.148Z}. */
    static String echoed(Instant instant) {
        return MILLIS.format(instant);
    }

    private static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::amazonOrderId).toList();
    }
}
