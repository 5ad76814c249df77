package io.camelmws.sandbox.orders;

import static io.camelmws.sandbox.orders.OrdersCalls.JP;
import static io.camelmws.sandbox.orders.OrdersCalls.US;
import static io.camelmws.sandbox.orders.OrdersCalls.listAllOrders;
import static io.camelmws.sandbox.orders.OrdersCalls.orders;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Order elements the real service sent in 2018–2020 and the sandbox once lacked (docs/sandbox.md names the
 * recordings): payment method details, delivery windows, the Is* flags, the second address line and
 * isAddressSharingConfidential, and dates to the millisecond.
 */
class OrdersRecordedShapeTest {

    /** The wall clock of a recorded request whose default CreatedBefore came back as 12:06:59.148. */
    private static final MutableClock WALL = MutableClock.at("2020-10-12T12:08:59.148Z");
    private static final String MILLIS_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
    private static final String WHOLE_SECOND_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
    private static final List<String> FLAGS = List.of("IsReplacementOrder", "IsGlobalExpressEnabled", "IsSoldByAB",
            "IsISPU", "ShippedByAmazonTFM", "IsPremiumOrder");

    private static MwsSandbox sandbox;
    private static Instant now;
    private static List<Map<String, String>> listed;

    @BeforeAll
    static void start() {
        sandbox = OrdersCalls.start(builder -> builder.clock(WALL).orders(3_000));
        now = sandbox.clock().instant();
        listed = listAllOrders(sandbox, "CreatedAfter", now.minus(Duration.ofDays(10)).toString(),
                "MarketplaceId.Id.1", US, "MarketplaceId.Id.2", JP);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theDefaultCreatedBeforeKeepsTheRequestsMilliseconds() {
        OrdersCalls.Answer page = orders(sandbox, "ListOrders", "CreatedAfter", "2020-10-01T00:00:00Z",
                "MarketplaceId.Id.1", US, "MaxResultsPerPage", "1").assertOk();

        assertThat(page.text("CreatedBefore")).isEqualTo("2020-10-12T12:06:59.148Z");
    }

    @Test
    void purchaseAndUpdateDatesCarryTheirOwnMilliseconds() {
        assertThat(listed).hasSizeGreaterThan(100)
                .allSatisfy(order -> assertThat(order.get("PurchaseDate")).matches(MILLIS_DATE))
                .allSatisfy(order -> assertThat(order.get("LastUpdateDate")).matches(MILLIS_DATE))
                .allSatisfy(order -> assertThat(order.get("EarliestShipDate")).matches(WHOLE_SECOND_DATE));
        // Real milliseconds, not ".000" appended to whole seconds.
        assertThat(listed.stream().map(order -> order.get("PurchaseDate").substring(20, 23)).distinct().count())
                .isGreaterThan(50);
        assertThat(listed.stream().map(order -> order.get("LastUpdateDate").substring(20, 23)).distinct().count())
                .isGreaterThan(50);
        for (Map<String, String> order : listed) {
            Order truth = sandbox.orders().find(order.get("AmazonOrderId"), now).orElseThrow();
            assertThat(Instant.parse(order.get("PurchaseDate"))).isEqualTo(truth.purchaseDate());
            assertThat(Instant.parse(order.get("LastUpdateDate"))).isEqualTo(truth.lastUpdateDate());
        }
    }

    @Test
    void everyOrderCarriesTheFlagsAndPaymentMethodDetailsOfRecordedAnswers() {
        assertThat(listed).allSatisfy(order -> {
            for (String flag : FLAGS) {
                assertThat(order).as(flag).containsEntry(flag, "false");
            }
            assertThat(order.get("IsBusinessOrder")).isIn("true", "false");
            String detail = order.get("PaymentMethodDetails/PaymentMethodDetail");
            assertThat(detail).isEqualTo("Other".equals(order.get("PaymentMethod")) ? "Standard"
                    : order.get("PaymentMethod"));
        });
        assertThat(listed).extracting(order -> order.get("PaymentMethodDetails/PaymentMethodDetail"))
                .contains("Standard", "COD");
    }

    @Test
    void sellerFulfilledOrdersPastPendingHaveADeliveryWindowOfWholeLocalDays() {
        int windows = 0;
        for (Map<String, String> order : listed) {
            String status = order.get("OrderStatus");
            boolean expected = "MFN".equals(order.get("FulfillmentChannel")) && !status.startsWith("Pending")
                    && !"Canceled".equals(status);
            assertThat(order.containsKey("EarliestDeliveryDate")).as("%s", order).isEqualTo(expected);
            assertThat(order.containsKey("LatestDeliveryDate")).isEqualTo(expected);
            if (expected) {
                windows++;
                Instant earliest = Instant.parse(order.get("EarliestDeliveryDate"));
                Instant latest = Instant.parse(order.get("LatestDeliveryDate"));
                assertThat(order.get("LatestDeliveryDate")).matches(WHOLE_SECOND_DATE);
                assertThat(earliest).isAfter(Instant.parse(order.get("LatestShipDate")));
                assertThat(latest).isAfter(earliest);
                // From the marketplace's midnight to its last second: 08:00:00Z to 07:59:59Z in Seattle's summer.
                if (US.equals(order.get("MarketplaceId"))) {
                    assertThat(order.get("EarliestDeliveryDate")).endsWith("T07:00:00Z");
                    assertThat(order.get("LatestDeliveryDate")).endsWith("T06:59:59Z");
                }
            }
        }
        assertThat(windows).isPositive();
    }

    @Test
    void addressesCarryASecondLineWhereTheyHaveOneAndAreNotConfidential() {
        List<Map<String, String>> paid = listed.stream().filter(order -> order.containsKey("ShippingAddress/City"))
                .toList();
        assertThat(paid).isNotEmpty().allSatisfy(order -> assertThat(order)
                .containsEntry("ShippingAddress/isAddressSharingConfidential", "false"));
        long withSecondLine = paid.stream().filter(order -> order.containsKey("ShippingAddress/AddressLine2")).count();
        assertThat(withSecondLine).isBetween(paid.size() / 8L, paid.size() / 2L);
        for (Map<String, String> order : paid) {
            Address truth = sandbox.orders().find(order.get("AmazonOrderId"), now).orElseThrow().shippingAddress();
            assertThat(order.get("ShippingAddress/AddressLine2")).isEqualTo(truth.addressLine2());
        }
    }

    @Test
    void getOrderAnswersTheSameShape() {
        Map<String, String> listedOrder = listed.stream()
                .filter(order -> order.containsKey("EarliestDeliveryDate")
                        && order.containsKey("ShippingAddress/AddressLine2"))
                .findFirst().orElseThrow();

        Map<String, String> got = orders(sandbox, "GetOrder", "AmazonOrderId.Id.1", listedOrder.get("AmazonOrderId"))
                .assertOk().records("Order").get(0);

        assertThat(got).containsAllEntriesOf(listedOrder);
    }
}
