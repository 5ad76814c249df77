package io.camelmws.sandbox.finances;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.orders.Shipment;
import io.camelmws.sandbox.support.Dom;
import io.camelmws.sandbox.support.MutableClock;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSandboxes;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** ListFinancialEvents and ListFinancialEventGroups over a socket: the money the order book's parcels post. */
class FinancesTest {

    static final String NS = "http://mws.amazonservices.com/Finances/2015-05-01";

    private MwsSandbox sandbox;
    private Instant start;

    @BeforeEach
    void start() {
        sandbox = TestSandboxes.withDefaultCredentials()
                .clock(MutableClock.at("2020-06-01T00:00:00Z"))
                .throttling(false).seed(11).orders(600)
                .build().start();
        start = sandbox.clock().instant();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> call(String action, String... parameters) {
        SignedRequest request = SignedRequest.to(sandbox).path("/Finances/2015-05-01").action(action);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request.send();
    }

    private Element result(HttpResponse<String> response, String action) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Element root = Dom.root(response.body());
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo(action + "Response");
        return Dom.children(root, action + "Result").get(0);
    }

    private static List<Element> shipmentEvents(Element result) {
        Element events = Dom.children(result, "FinancialEvents").get(0);
        return Dom.children(Dom.children(events, "ShipmentEventList").get(0), "ShipmentEvent");
    }

    private static BigDecimal amount(Element item, String list, String component, String type) {
        return Dom.all(item, component).stream()
                .filter(c -> c.getParentNode().getLocalName().equals(list))
                .filter(c -> type.equals(Dom.text(c, component.equals("ChargeComponent") ? "ChargeType" : "FeeType")))
                .map(c -> new BigDecimal(Dom.all(c, "CurrencyAmount").get(0).getTextContent()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aShippedParcelPostsItsPrincipalAndFeesAtTheWholeSecondItShipped() {
        Shipment parcel = sandbox.orders().shipmentsBetween(start, start.plus(Duration.ofDays(2))).get(0);
        sandbox.advanceClock(Duration.between(start, parcel.shippedAt()).plus(Duration.ofMinutes(3)));

        Element result = result(call("ListFinancialEvents", "PostedAfter", parcel.shippedAt().toString()),
                "ListFinancialEvents");
        Element event = shipmentEvents(result).stream()
                .filter(e -> parcel.amazonOrderId().equals(Dom.text(e, "AmazonOrderId"))).findFirst().orElseThrow();
        // PostedDate is in whole seconds: the first one not before the parcel shipped, so PostedAfter=shippedAt finds it.
        Instant posted = Instant.parse(Dom.text(event, "PostedDate"));
        assertThat(posted.getNano()).isZero();
        assertThat(posted).isBetween(parcel.shippedAt(), parcel.shippedAt().plusSeconds(1));
        assertThat(Dom.text(event, "MarketplaceName")).isEqualTo(parcel.salesChannel());
        List<Element> items = Dom.children(Dom.children(event, "ShipmentItemList").get(0), "ShipmentItem");
        assertThat(items).hasSameSizeAs(parcel.items());
        for (int i = 0; i < items.size(); i++) {
            OrderItem line = parcel.items().get(i);
            Element item = items.get(i);
            assertThat(Dom.text(item, "OrderItemId")).isEqualTo(line.orderItemId());
            assertThat(amount(item, "ItemChargeList", "ChargeComponent", "Principal")).isEqualTo(line.itemPrice());
            assertThat(amount(item, "ItemFeeList", "FeeComponent", "Commission").signum()).isNegative();
            assertThat(Dom.all(item, "FeeType").stream().map(Element::getTextContent).toList()
                    .contains("FBAPerUnitFulfillmentFee")).isEqualTo(parcel.amazonFulfilled());
        }
    }

    @Test
    void postedBeforeIsBroughtBackToTwoMinutesBeforeTheRequest() {
        Shipment parcel = sandbox.orders().shipmentsBetween(start, start.plus(Duration.ofDays(2))).get(0);
        sandbox.advanceClock(Duration.between(start, parcel.shippedAt()).plus(Duration.ofMinutes(1)));
        String after = parcel.shippedAt().minus(Duration.ofMinutes(5)).toString();

        HttpResponse<String> tooLate = call("ListFinancialEvents", "PostedAfter", parcel.shippedAt().toString());
        assertThat(tooLate.statusCode()).isEqualTo(400);
        assertThat(tooLate.body()).contains("<Code>InvalidParameterValue</Code>").contains("PostedAfter");

        Element clamped = result(call("ListFinancialEvents", "PostedAfter", after,
                "PostedBefore", sandbox.clock().instant().plusSeconds(3600).toString()), "ListFinancialEvents");
        assertThat(shipmentEvents(clamped)).extracting(e -> Dom.text(e, "AmazonOrderId"))
                .doesNotContain(parcel.amazonOrderId());

        sandbox.advanceClock(Duration.ofMinutes(2));
        Element settled = result(call("ListFinancialEvents", "PostedAfter", after), "ListFinancialEvents");
        assertThat(shipmentEvents(settled)).extracting(e -> Dom.text(e, "AmazonOrderId"))
                .contains(parcel.amazonOrderId());
    }

    @Test
    void pagesOfMaxResultsPerPageAddUpToTheWholeWindow() {
        String after = start.minus(Duration.ofDays(2)).toString();
        String before = start.minus(Duration.ofDays(1)).toString();
        Element whole = result(call("ListFinancialEvents", "PostedAfter", after, "PostedBefore", before),
                "ListFinancialEvents");
        List<String> expected = new ArrayList<>();
        Dom.all(whole, "ShipmentEvent").forEach(e -> expected.add(Dom.text(e, "AmazonOrderId") + Dom.text(e,
                "PostedDate")));
        assertThat(expected.size()).isGreaterThan(7);
        assertThat(Dom.text(whole, "NextToken")).isNull();

        List<String> paged = new ArrayList<>();
        Element page = result(call("ListFinancialEvents", "PostedAfter", after, "PostedBefore", before,
                "MaxResultsPerPage", "7"), "ListFinancialEvents");
        while (true) {
            Dom.all(page, "ShipmentEvent").forEach(e -> paged.add(Dom.text(e, "AmazonOrderId") + Dom.text(e,
                    "PostedDate")));
            String token = Dom.text(page, "NextToken");
            if (token == null) {
                break;
            }
            page = result(call("ListFinancialEventsByNextToken", "NextToken", token),
                    "ListFinancialEventsByNextToken");
        }
        // A page lists its shipments before its refunds, so only the whole set is in one order.
        assertThat(paged).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aGroupsOriginalTotalIsTheSumOfItsEvents() {
        sandbox.advanceClock(Duration.ofDays(3));
        Element groups = result(call("ListFinancialEventGroups", "FinancialEventGroupStartedAfter",
                start.minus(Duration.ofDays(60)).toString()), "ListFinancialEventGroups");
        List<Element> all = Dom.all(groups, "FinancialEventGroup");
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(g -> Dom.text(g, "ProcessingStatus")).contains("Open", "Closed");
        Element closedUsd = all.stream().filter(g -> "Closed".equals(Dom.text(g, "ProcessingStatus")))
                .filter(g -> "USD".equals(Dom.all(g, "CurrencyCode").get(0).getTextContent())).findFirst()
                .orElseThrow();
        assertThat(Dom.text(closedUsd, "FundTransferStatus")).isEqualTo("Successful");
        BigDecimal total = new BigDecimal(Dom.all(Dom.children(closedUsd, "OriginalTotal").get(0), "CurrencyAmount")
                .get(0).getTextContent());

        BigDecimal sum = BigDecimal.ZERO;
        Element page = result(call("ListFinancialEvents", "FinancialEventGroupId",
                Dom.text(closedUsd, "FinancialEventGroupId")), "ListFinancialEvents");
        while (true) {
            for (Element amount : Dom.all(page, "CurrencyAmount")) {
                sum = sum.add(new BigDecimal(amount.getTextContent()));
            }
            String token = Dom.text(page, "NextToken");
            if (token == null) {
                break;
            }
            page = result(call("ListFinancialEventsByNextToken", "NextToken", token),
                    "ListFinancialEventsByNextToken");
        }
        assertThat(sum).isEqualByComparingTo(total);
        assertThat(total.signum()).isPositive();
    }

    @Test
    void filtersAreExclusiveAndRequired() {
        HttpResponse<String> none = call("ListFinancialEvents");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("<Code>MissingParameter</Code>");

        HttpResponse<String> two = call("ListFinancialEvents", "AmazonOrderId", "111-1111111-1111111",
                "PostedAfter", "2020-05-01T00:00:00Z");
        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(two.body()).contains("AmazonOrderId and PostedAfter");

        HttpResponse<String> group = call("ListFinancialEvents", "FinancialEventGroupId", "nope");
        assertThat(group.statusCode()).isEqualTo(400);
        assertThat(group.body()).contains("FinancialEventGroupId");

        HttpResponse<String> groups = call("ListFinancialEventGroups");
        assertThat(groups.statusCode()).isEqualTo(400);
        assertThat(groups.body()).contains("FinancialEventGroupStartedAfter");
    }
}
