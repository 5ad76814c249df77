package io.camelmws.sandbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.Dom;
import io.camelmws.sandbox.support.MutableClock;
import io.camelmws.sandbox.support.TestSandboxes;
import io.camelmws.sandbox.support.WebServiceClient;
import io.camelmws.sandbox.support.WebServiceClient.Response;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Settlement reports made by "Amazon" when a financial event group closes: listed unacknowledged, never
 * requestable, and the same money as ListFinancialEvents and ListFinancialEventGroups show for that group.
 */
class SettlementReportsTest {

    private static final String FLAT_V2 = "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2_";
    private static final String XML = "_GET_V2_SETTLEMENT_REPORT_DATA_XML_";
    private static final String FINANCES_NS = "http://mws.amazonservices.com/Finances/2015-05-01";
    private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private MwsSandbox sandbox;
    private WebServiceClient reports;
    private WebServiceClient finances;
    private Instant start;

    @BeforeEach
    void start() {
        sandbox = TestSandboxes.withDefaultCredentials()
                .clock(MutableClock.at("2020-06-01T00:00:00Z"))
                .throttling(false).seed(11).orders(600)
                .build().start();
        start = sandbox.clock().instant();
        reports = WebServiceClient.reports(sandbox);
        finances = WebServiceClient.section(sandbox, "Finances", "2015-05-01", FINANCES_NS);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void settlementReportsCannotBeRequested() {
        for (String type : List.of(FLAT_V2, XML,
                "_GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_")) {
            Response refused = reports.call("RequestReport", "ReportType", type).assertError(400, "InvalidReportType");
            assertThat(refused.text("Message")).contains(type, "cannot be requested");
        }
        reports.call("ManageReportSchedule", "ReportType", FLAT_V2, "Schedule", "_1_DAY_")
                .assertError(400, "InvalidReportType");
        assertThat(reports.call("GetReportRequestCount").assertOk().text("Count")).isEqualTo("0");
    }

    @Test
    void aClosingGroupBringsItsSettlementReportUnacknowledged() {
        assertThat(settlementReports()).as("a fresh sandbox has no history of reports").isEmpty();
        Map<String, String> usd = groups().stream()
                .filter(group -> "Open".equals(group.get("ProcessingStatus")) && "USD".equals(group.get("currency")))
                .findFirst().orElseThrow();
        Instant end = Instant.parse(usd.get("FinancialEventGroupStart")).plus(Duration.ofDays(14));

        sandbox.advanceClock(Duration.between(start, end).minusMinutes(1));
        assertThat(requestsOfUsd()).as("still open a minute before its end").isEmpty();

        sandbox.advanceClock(Duration.ofHours(1));
        List<Map<String, String>> requests = requestsOfUsd();
        assertThat(requests).hasSize(1);
        Map<String, String> request = requests.get(0);
        assertThat(request).containsEntry("ReportType", FLAT_V2).containsEntry("Scheduled", "true")
                .containsEntry("ReportProcessingStatus", "_DONE_")
                .containsEntry("SubmittedDate", WebServiceDates.format(end));
        assertThat(request.get("StartDate"))
                .isEqualTo(WebServiceDates.format(Instant.parse(usd.get("FinancialEventGroupStart"))));
        List<Map<String, String>> listed = settlementReports();
        assertThat(listed).extracting(info -> info.get("ReportId")).contains(request.get("GeneratedReportId"));
        assertThat(listed).allSatisfy(info -> assertThat(info).containsEntry("Acknowledged", "false"));
        assertThat(reports.call("GetReportCount", "ReportTypeList.Type.1", FLAT_V2, "Acknowledged", "false")
                .assertOk().text("Count")).isEqualTo(Integer.toString(listed.size()));
    }

    @Test
    void eachReportStatesItsGroupsEventsAndTotal() {
        sandbox.advanceClock(Duration.ofDays(16));
        List<Map<String, String>> closed = groups().stream()
                .filter(group -> "Closed".equals(group.get("ProcessingStatus")))
                .filter(group -> Instant.parse(group.get("FinancialEventGroupEnd")).isAfter(start)).toList();
        List<Map<String, String>> listed = settlementReports();
        assertThat(listed).as("one report per group closed since the seller's history began")
                .hasSameSizeAs(closed).hasSizeGreaterThanOrEqualTo(6);

        for (Map<String, String> info : listed) {
            Response document = reports.call("GetReport", "ReportId", info.get("ReportId")).assertDocument();
            List<String[]> rows = rows(document.text(document.charset()));
            assertThat(rows.get(0)).containsExactly("settlement-id", "settlement-start-date", "settlement-end-date",
                    "deposit-date", "total-amount", "currency", "transaction-type", "order-id", "merchant-order-id",
                    "adjustment-id", "shipment-id", "marketplace-name", "amount-type", "amount-description", "amount",
                    "fulfillment-id", "posted-date", "posted-date-time", "order-item-code", "merchant-order-item-id",
                    "merchant-adjustment-item-id", "sku", "quantity-purchased", "promotion-id");
            String[] summary = rows.get(1);
            Map<String, String> group = closed.stream()
                    .filter(g -> format(Instant.parse(g.get("FinancialEventGroupStart"))).equals(summary[1])
                            && g.get("currency").equals(summary[5]))
                    .findFirst().orElseThrow(() -> new AssertionError("no group for " + Arrays.toString(summary)));
            assertThat(summary[2]).isEqualTo(format(Instant.parse(group.get("FinancialEventGroupEnd"))));
            assertThat(new BigDecimal(summary[4])).isEqualByComparingTo(group.get("ConvertedTotal"));

            List<String[]> transactions = rows.subList(2, rows.size());
            assertThat(transactions).allSatisfy(row -> assertThat(row[0]).isEqualTo(summary[0]));
            assertThat(sum(transactions)).as("rows add up to total-amount").isEqualByComparingTo(summary[4]);
            List<String[]> eventRows = transactions.stream()
                    .filter(row -> List.of("Order", "Refund").contains(row[6])).toList();
            assertThat(sum(eventRows)).isEqualByComparingTo(group.get("OriginalTotal"));
            assertThat(eventRows.stream().map(SettlementReportsTest::rowKey).sorted().toList())
                    .as("rows of group %s", group.get("FinancialEventGroupId"))
                    .isEqualTo(eventKeys(group.get("FinancialEventGroupId")).stream().sorted().toList());
        }
        assertThat(listed.stream().map(info -> info.get("ReportId")).distinct()).hasSameSizeAs(listed);
    }

    @Test
    void theXmlReportNestsTheSameAmountsUnderOrdersAndRefunds() {
        sandbox.advanceClock(Duration.ofDays(16));
        List<Map<String, String>> closed = groups().stream()
                .filter(group -> "Closed".equals(group.get("ProcessingStatus")))
                .filter(group -> Instant.parse(group.get("FinancialEventGroupEnd")).isAfter(start)).toList();
        List<Map<String, String>> listed = reports.call("GetReportList", "ReportTypeList.Type.1", XML).assertOk()
                .records("ReportInfo");
        assertThat(listed).hasSameSizeAs(closed);

        for (Map<String, String> info : listed) {
            Response document = reports.call("GetReport", "ReportId", info.get("ReportId")).assertDocument();
            assertThat(document.header("Content-Type")).startsWith("text/xml");
            Element root = document.document().getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("AmazonEnvelope");
            assertThat(Dom.text(root, "MessageType")).isEqualTo("SettlementReport");
            Element data = Dom.all(root, "SettlementData").get(0);
            String startDate = Dom.text(data, "StartDate");
            Map<String, String> group = closed.stream()
                    .filter(g -> WebServiceDates.format(Instant.parse(g.get("FinancialEventGroupStart"))).equals(startDate)
                            && g.get("currency").equals(Dom.all(data, "TotalAmount").get(0).getAttribute("currency")))
                    .findFirst().orElseThrow(() -> new AssertionError("no group starting " + startDate));
            BigDecimal total = new BigDecimal(Dom.text(data, "TotalAmount"));
            assertThat(total).isEqualByComparingTo(group.get("ConvertedTotal"));
            assertThat(Dom.text(data, "EndDate"))
                    .isEqualTo(WebServiceDates.format(Instant.parse(group.get("FinancialEventGroupEnd"))));

            List<String> keys = new ArrayList<>();
            BigDecimal events = BigDecimal.ZERO;
            for (String kind : List.of("Order", "Refund")) {
                for (Element transaction : Dom.children(Dom.all(root, "SettlementReport").get(0), kind)) {
                    for (Element item : Dom.all(transaction, "Refund".equals(kind) ? "AdjustedItem" : "Item")) {
                        for (Element amount : Dom.all(item, "Amount")) {
                            Element entry = (Element) amount.getParentNode();
                            String list = entry.getParentNode().getLocalName();
                            String amountType = switch (list) {
                                case "ItemPrice", "ItemPriceAdjustments" -> "ItemPrice";
                                case "ItemFees", "ItemFeeAdjustments" -> "ItemFees";
                                default -> "Promotion";
                            };
                            keys.add(Dom.text(transaction, "AmazonOrderID") + "|" + kind + "|"
                                    + Dom.text(item, "AmazonOrderItemCode") + "|" + amountType + "|"
                                    + Dom.text(entry, "Type") + "|" + new BigDecimal(amount.getTextContent()).toPlainString());
                            events = events.add(new BigDecimal(amount.getTextContent()));
                        }
                    }
                }
            }
            assertThat(events).isEqualByComparingTo(group.get("OriginalTotal"));
            assertThat(keys.stream().sorted().toList())
                    .isEqualTo(eventKeys(group.get("FinancialEventGroupId")).stream().sorted().toList());
        }
    }

    private List<Map<String, String>> settlementReports() {
        return reports.call("GetReportList", "ReportTypeList.Type.1", FLAT_V2).assertOk().records("ReportInfo");
    }

    private List<Map<String, String>> requestsOfUsd() {
        return reports.call("GetReportRequestList", "ReportTypeList.Type.1", FLAT_V2).assertOk()
                .records("ReportRequestInfo").stream()
                .filter(request -> reports.call("GetReport", "ReportId", request.get("GeneratedReportId"))
                        .assertDocument().text().contains("\tUSD\t"))
                .toList();
    }

    /** Every group since long before the start, with its currency; one page is enough at this size. */
    private List<Map<String, String>> groups() {
        Response response = finances.call("ListFinancialEventGroups", "FinancialEventGroupStartedAfter",
                start.minus(Duration.ofDays(60)).toString()).assertOk();
        assertThat(response.text("NextToken")).isNull();
        List<Map<String, String>> groups = new ArrayList<>();
        for (Element group : Dom.all(response.document().getDocumentElement(), "FinancialEventGroup")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String name : List.of("FinancialEventGroupId", "ProcessingStatus", "FinancialEventGroupStart",
                    "FinancialEventGroupEnd")) {
                fields.put(name, Dom.text(group, name));
            }
            for (String money : List.of("OriginalTotal", "ConvertedTotal")) {
                Dom.children(group, money).forEach(element -> {
                    fields.put(money, Dom.text(element, "CurrencyAmount"));
                    fields.put("currency", Dom.text(element, "CurrencyCode"));
                });
            }
            groups.add(fields);
        }
        return groups;
    }

    /** Each amount ListFinancialEvents shows for the group, keyed as its settlement row would be. */
    private List<String> eventKeys(String groupId) {
        List<String> keys = new ArrayList<>();
        Response page = finances.call("ListFinancialEvents", "FinancialEventGroupId", groupId).assertOk();
        while (true) {
            Element root = page.document().getDocumentElement();
            for (Element event : Dom.all(root, "ShipmentEvent")) {
                String kind = event.getParentNode().getLocalName().equals("RefundEventList") ? "Refund" : "Order";
                for (Element item : Dom.all(event, "ShipmentItem")) {
                    String prefix = Dom.text(event, "AmazonOrderId") + "|" + kind + "|" + Dom.text(item, "OrderItemId");
                    for (Element charge : Dom.all(item, "ChargeComponent")) {
                        String type = Dom.text(charge, "ChargeType");
                        keys.add(prefix + "|ItemPrice|" + ("ShippingCharge".equals(type) ? "Shipping" : type) + "|"
                                + amount(charge));
                    }
                    for (Element fee : Dom.all(item, "FeeComponent")) {
                        keys.add(prefix + "|ItemFees|" + Dom.text(fee, "FeeType") + "|" + amount(fee));
                    }
                    for (Element promotion : Dom.all(item, "Promotion")) {
                        keys.add(prefix + "|Promotion|Shipping|" + amount(promotion));
                    }
                }
            }
            String token = Dom.text(root.getElementsByTagNameNS("*", "ListFinancialEventsResult").getLength() > 0
                    ? (Element) root.getElementsByTagNameNS("*", "ListFinancialEventsResult").item(0)
                    : (Element) root.getElementsByTagNameNS("*", "ListFinancialEventsByNextTokenResult").item(0),
                    "NextToken");
            if (token == null) {
                return keys;
            }
            page = finances.call("ListFinancialEventsByNextToken", "NextToken", token).assertOk();
        }
    }

    private static String amount(Element component) {
        return new BigDecimal(Dom.all(component, "CurrencyAmount").get(0).getTextContent()).toPlainString();
    }

    private static String rowKey(String[] row) {
        return row[7] + "|" + row[6] + "|" + row[18] + "|" + row[12] + "|" + row[13] + "|"
                + new BigDecimal(row[14]).toPlainString();
    }

    private static BigDecimal sum(List<String[]> rows) {
        return rows.stream().map(row -> new BigDecimal(row[14])).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String[]> rows(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return Arrays.stream(body.split("\n")).map(line -> line.split("\t", -1)).toList();
    }

    private static String format(Instant instant) {
        return REPORT_DATE.format(instant);
    }
}
