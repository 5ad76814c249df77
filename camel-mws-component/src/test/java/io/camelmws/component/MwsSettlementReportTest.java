package io.camelmws.component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.camelmws.component.model.finances.FinancialEventGroup;
import io.camelmws.component.model.finances.ListFinancialEventGroupsResult;
import io.camelmws.component.model.finances.ListFinancialEventsResult;
import io.camelmws.component.model.finances.ProcessingStatus;
import io.camelmws.component.model.finances.ShipmentEvent;
import io.camelmws.component.model.finances.ShipmentItem;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Shipment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller's reconciliation through routes: orders ship while a settlement period runs, the period closes, and
 * from("mws:GetReportList?reportTypes=_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2_&resultFormat=ROWS") delivers the
 * settlement report Amazon made for it, whose rows add up to its total-amount, which is the period's ConvertedTotal
 * in ListFinancialEventGroups, and which are, order by order, the events ListFinancialEvents returns for that group.
 * The sandbox's wall clock stands still; the test moves its simulated time across the period.
 */
class MwsSettlementReportTest extends CamelTestSupport {

    private static final String FLAT_V2 = "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2_";
    private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private static MwsSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = ScaledMws.stillClockSandbox().seed(1414).build().start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.unthrottledComponent(sandbox));
        return context;
    }

    /** One settlement report as the route received it. */
    private record Delivery(String reportId, List<Map<String, String>> rows) {
    }

    @Test
    void theSettlementReportOfAClosedPeriodReconcilesWithItsFinancialEvents() throws Exception {
        Instant testStart = sandbox.clock().instant();
        FinancialEventGroup open = groups(testStart).stream()
                .filter(g -> g.processingStatus() == ProcessingStatus.OPEN && "USD".equals(g.originalTotal().currencyCode()))
                .findFirst().orElseThrow();
        Instant periodStart = open.financialEventGroupStart();

        // The period runs its course: orders ship and Finances posts them, until the group closes.
        sandbox.advanceClock(Duration.ofDays(14).plusMinutes(10).minus(Duration.between(periodStart, testStart)));
        FinancialEventGroup closed = groups(testStart).stream()
                .filter(g -> g.financialEventGroupId().equals(open.financialEventGroupId())).findFirst().orElseThrow();
        assertThat(closed.processingStatus()).isEqualTo(ProcessingStatus.CLOSED);
        Instant periodEnd = closed.financialEventGroupEnd();
        Set<String> shippedInPeriod = sandbox.orders().shipmentsBetween(testStart, periodEnd.minusSeconds(1)).stream()
                .filter(s -> "USD".equals(s.currencyCode())).map(Shipment::amazonOrderId).collect(Collectors.toSet());
        assertThat(shippedInPeriod).as("orders shipped while the test ran the period").isNotEmpty();

        List<Delivery> deliveries = new ArrayList<>();
        PollCounter polls = new PollCounter();
        context.getRegistry().bind("polls", polls);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mws:GetReportList?reportTypes=" + FLAT_V2 + "&resultFormat=ROWS&initialLastUpdatedAfter=P30D"
                     + "&delay=100&pollStrategy=#polls").routeId("settlements")
                        .process(exchange -> {
                            @SuppressWarnings("unchecked")
                            Iterator<Map<String, String>> rows = exchange.getMessage().getBody(Iterator.class);
                            List<Map<String, String>> read = new ArrayList<>();
                            rows.forEachRemaining(read::add);
                            synchronized (deliveries) {
                                deliveries.add(new Delivery(exchange.getMessage().getHeader(MwsConstants.REPORT_ID,
                                        String.class), read));
                            }
                        });
            }
        });
        polls.await(2);
        context.getRouteController().stopRoute("settlements");

        Delivery usd;
        synchronized (deliveries) {
            assertThat(deliveries).as("every settlement report delivered once")
                    .extracting(Delivery::reportId).doesNotHaveDuplicates();
            usd = deliveries.stream()
                    .filter(d -> "USD".equals(d.rows().get(0).get("currency"))
                                 && REPORT_DATE.format(periodStart).equals(d.rows().get(0).get("settlement-start-date")))
                    .findFirst().orElseThrow(() -> new AssertionError("no USD settlement report in " + deliveries));
        }
        Map<String, String> summary = usd.rows().get(0);
        List<Map<String, String>> transactions = usd.rows().subList(1, usd.rows().size());
        assertThat(summary.get("settlement-end-date")).isEqualTo(REPORT_DATE.format(periodEnd));
        BigDecimal total = new BigDecimal(summary.get("total-amount"));
        assertThat(total).isEqualByComparingTo(closed.convertedTotal().amount());
        assertThat(transactions.stream().map(row -> new BigDecimal(row.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the rows add up to total-amount").isEqualByComparingTo(total);
        assertThat(transactions).allSatisfy(row -> assertThat(row.get("settlement-id")).isEqualTo(summary.get("settlement-id")));

        // The reconciliation: each order's rows, by kind, against the group's events.
        Map<String, BigDecimal> reported = new TreeMap<>();
        Map<String, Integer> reportedLines = new TreeMap<>();
        for (Map<String, String> row : transactions) {
            if (List.of("Order", "Refund").contains(row.get("transaction-type"))) {
                String key = row.get("order-id") + "|" + row.get("transaction-type");
                reported.merge(key, new BigDecimal(row.get("amount")), BigDecimal::add);
                reportedLines.merge(key, 1, Integer::sum);
            }
        }
        Map<String, BigDecimal> posted = new TreeMap<>();
        Map<String, Integer> postedLines = new TreeMap<>();
        for (ListFinancialEventsResult page : eventPages(closed.financialEventGroupId())) {
            addUp(page.financialEvents().shipmentEvents(), "Order", posted, postedLines);
            addUp(page.financialEvents().refundEvents(), "Refund", posted, postedLines);
        }
        assertThat(reported.keySet()).isEqualTo(posted.keySet());
        posted.forEach((key, amount) -> assertThat(reported.get(key)).as(key).isEqualByComparingTo(amount));
        assertThat(reportedLines).isEqualTo(postedLines);
        assertThat(reported.keySet().stream().filter(key -> key.endsWith("|Order")).map(key -> key.split("\\|")[0]))
                .as("every order shipped in the period is settled").containsAll(shippedInPeriod);

        List<SandboxRequest> requests = sandbox.requests();
        assertThat(requests).noneMatch(request -> "RequestReport".equals(request.action()));
        assertThat(ScaledMws.naming(ScaledMws.of(requests, "UpdateReportAcknowledgements"), usd.reportId()))
                .as("acknowledged once the route had it").hasSize(1);
    }

    private List<FinancialEventGroup> groups(Instant since) {
        return template.requestBodyAndHeader("mws:ListFinancialEventGroups?resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, Map.of("FinancialEventGroupStartedAfter", since.minus(Duration.ofDays(20)).toString()),
                ListFinancialEventGroupsResult.class).financialEventGroups();
    }

    private List<ListFinancialEventsResult> eventPages(String groupId) {
        @SuppressWarnings("unchecked")
        Iterator<Message> pages = template.requestBodyAndHeader("mws:ListFinancialEvents?autoPaginate=true&resultFormat=MODEL",
                null, MwsConstants.PARAMETERS, new HashMap<>(Map.of("FinancialEventGroupId", groupId)), Iterator.class);
        List<ListFinancialEventsResult> all = new ArrayList<>();
        pages.forEachRemaining(page -> all.add(page.getBody(ListFinancialEventsResult.class)));
        return all;
    }

    /** Adds each event's amounts, and counts them, under its order and kind. */
    private static void addUp(List<ShipmentEvent> events, String kind, Map<String, BigDecimal> sums, Map<String, Integer> lines) {
        for (ShipmentEvent event : events) {
            String key = event.amazonOrderId() + "|" + kind;
            List<ShipmentItem> items = "Order".equals(kind) ? event.shipmentItems() : event.shipmentItemAdjustments();
            for (ShipmentItem item : items) {
                List<BigDecimal> amounts = new ArrayList<>();
                item.itemCharges().forEach(c -> amounts.add(c.chargeAmount().amount()));
                item.itemChargeAdjustments().forEach(c -> amounts.add(c.chargeAmount().amount()));
                item.itemFees().forEach(f -> amounts.add(f.feeAmount().amount()));
                item.itemFeeAdjustments().forEach(f -> amounts.add(f.feeAmount().amount()));
                item.promotions().forEach(p -> amounts.add(p.promotionAmount().amount()));
                item.promotionAdjustments().forEach(p -> amounts.add(p.promotionAmount().amount()));
                for (BigDecimal amount : amounts) {
                    sums.merge(key, amount, BigDecimal::add);
                    lines.merge(key, 1, Integer::sum);
                }
            }
        }
    }
}
