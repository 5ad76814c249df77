package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.camelmws.component.model.orders.GetOrderResult;
import io.camelmws.component.model.orders.ListOrdersResult;
import io.camelmws.component.model.orders.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Order elements real MWS sent in 2018-2020 (payment method details, delivery window, the Is* flags, the second
 * address line, isAddressSharingConfidential, millisecond dates), typed in the model and present in the JSON, through
 * routes against the sandbox and checked against its order book.
 */
class MwsOrderRecordedElementsTest extends MwsTestSupport {

    private static final String US = "ATVPDKIKX0DER";
    private static final String JP = "A1VC38T7YXB528";

    private List<Order> lastTwoWeeks() {
        Map<String, Object> window = Map.of("CreatedAfter", sandbox().clock().instant().minus(Duration.ofDays(14)),
                "MaxResultsPerPage", 100, "MarketplaceId", List.of(US, JP));
        ListOrdersResult page = template.requestBodyAndHeader("mws:ListOrders?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, window, ListOrdersResult.class);
        assertThat(page.orders()).hasSize(100);
        return page.orders();
    }

    @Test
    void theModelCarriesTheRecordedElementsTyped() {
        Instant now = sandbox().clock().instant();
        int withDeliveryWindow = 0;
        int withSecondLine = 0;
        for (Order order : lastTwoWeeks()) {
            io.camelmws.sandbox.orders.Order booked = sandbox().orders().find(order.amazonOrderId(), now).orElseThrow();
            assertThat(order.purchaseDate()).isEqualTo(booked.purchaseDate());
            assertThat(order.lastUpdateDate()).isEqualTo(booked.lastUpdateDate());
            assertThat(order.isReplacementOrder()).isFalse();
            assertThat(order.isGlobalExpressEnabled()).isFalse();
            assertThat(order.isSoldByAB()).isFalse();
            assertThat(order.isIspu()).isFalse();
            assertThat(order.shippedByAmazonTfm()).isFalse();
            assertThat(order.isPremiumOrder()).isFalse();
            assertThat(order.paymentMethodDetails()).isEqualTo(booked.paymentMethodDetails()).hasSize(1);
            assertThat(order.earliestDeliveryDate()).isEqualTo(booked.earliestDeliveryDate());
            assertThat(order.latestDeliveryDate()).isEqualTo(booked.latestDeliveryDate());
            if (order.earliestDeliveryDate() != null) {
                withDeliveryWindow++;
                assertThat(order.latestDeliveryDate()).isAfter(order.earliestDeliveryDate());
            }
            if (order.shippingAddress() != null) {
                assertThat(order.shippingAddress().isAddressSharingConfidential()).isFalse();
                assertThat(order.shippingAddress().addressLine2()).isEqualTo(booked.shippingAddress().addressLine2());
                withSecondLine += order.shippingAddress().addressLine2() == null ? 0 : 1;
            }
        }
        assertThat(withDeliveryWindow).isPositive();
        assertThat(withSecondLine).isPositive();
    }

    @Test
    void theDatesKeepTheirMilliseconds() {
        List<Order> orders = lastTwoWeeks();
        assertThat(orders).extracting(order -> order.purchaseDate().getNano()).filteredOn(nanos -> nanos != 0)
                .hasSizeGreaterThan(90);
    }

    @Test
    void getOrderAsJsonNamesTheElementsAsMwsDid() throws Exception {
        Order listed = lastTwoWeeks().stream()
                .filter(order -> order.earliestDeliveryDate() != null && order.shippingAddress() != null
                        && order.shippingAddress().addressLine2() != null)
                .findFirst().orElseThrow();

        String json = template.requestBodyAndHeader("mws:GetOrder?resultFormat=JSON", null, MwsConstants.PARAMETERS,
                Map.of("AmazonOrderId", List.of(listed.amazonOrderId())), String.class);
        JsonNode order = new ObjectMapper().readTree(json).path("Orders").path(0);

        assertThat(order.path("AmazonOrderId").asText()).isEqualTo(listed.amazonOrderId());
        assertThat(order.path("IsReplacementOrder").isBoolean()).isTrue();
        assertThat(order.path("IsSoldByAB").asBoolean(true)).isFalse();
        assertThat(order.path("IsGlobalExpressEnabled").asBoolean(true)).isFalse();
        assertThat(order.path("IsISPU").asBoolean(true)).isFalse();
        assertThat(order.path("ShippedByAmazonTFM").asBoolean(true)).isFalse();
        assertThat(order.path("PaymentMethodDetails").isArray()).isTrue();
        assertThat(order.path("PaymentMethodDetails").get(0).asText()).isEqualTo(listed.paymentMethodDetails().get(0));
        assertThat(order.path("ShippingAddress").path("AddressLine2").asText())
                .isEqualTo(listed.shippingAddress().addressLine2());
        assertThat(order.path("ShippingAddress").path("isAddressSharingConfidential").asBoolean(true)).isFalse();
        assertThat(Instant.parse(order.path("EarliestDeliveryDate").asText())).isEqualTo(listed.earliestDeliveryDate());
        assertThat(Instant.parse(order.path("PurchaseDate").asText())).isEqualTo(listed.purchaseDate());

        GetOrderResult model = template.requestBodyAndHeader("mws:GetOrder?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, Map.of("AmazonOrderId", List.of(listed.amazonOrderId())), GetOrderResult.class);
        assertThat(model.orders()).containsExactly(listed);
    }
}
