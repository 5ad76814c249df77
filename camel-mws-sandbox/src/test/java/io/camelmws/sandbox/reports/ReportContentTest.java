package io.camelmws.sandbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.orders.OrderItem;
import io.camelmws.sandbox.support.WebServiceClient.Response;
import io.camelmws.sandbox.support.WebServiceClient;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Report documents made from the seller's order book and listings: exact rows, MD5 on every GetReport, and bytes
 * really written in the charset the Content-Type names (windows-1252 for Germany, Windows-31J for Japan).
 */
class ReportContentTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static final String US = "ATVPDKIKX0DER";
    private static final String DE = "A1PA6795UKMFR9";
    private static final String JP = "A1VC38T7YXB528";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private WebServiceClient reports;

    @BeforeEach
    void freshSandbox(MwsSandbox sandbox) {
        sandbox.reset();
        reports = WebServiceClient.reports(sandbox);
    }

    /** Requests, lets the clock pass its processing, and fetches it, checking Content-MD5 and x-amz-request-id. */
    private Response report(MwsSandbox sandbox, String type, String... parameters) {
        List<String> all = new ArrayList<>(List.of("ReportType", type));
        all.addAll(Arrays.asList(parameters));
        String id = reports.call("RequestReport", all.toArray(String[]::new)).assertOk().text("ReportRequestId");
        sandbox.advanceClock(Duration.ofSeconds(91));
        String reportId = reports.call("GetReportRequestList", "ReportRequestIdList.Id.1", id).assertOk()
                .text("GeneratedReportId");
        assertThat(reportId).as("report of %s", type).isNotNull();
        return reports.call("GetReport", "ReportId", reportId).assertDocument();
    }

    /** Rows as column name to value, decoded with the charset the Content-Type names. */
    private static List<Map<String, String>> rows(Response report) {
        List<String> lines = report.text(report.charset()).lines().toList();
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(header.length);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String asCharsetWritesIt(String text, Charset charset) {
        return new String(text.getBytes(charset), charset);
    }

    @Test
    void aGermanAllListingsReportIsWindows1252WithItsUmlauts(MwsSandbox sandbox) {
        Response report = report(sandbox, "_GET_MERCHANT_LISTINGS_ALL_DATA_", "MarketplaceIdList.Id.1", DE);
        assertThat(report.header("Content-Type")).isEqualTo("text/plain;charset=windows-1252");
        List<String> expectedTitles = sandbox.listings().inMarketplace(DE).stream().map(Listing::title).toList();
        List<Map<String, String>> rows = rows(report);
        assertThat(rows).extracting(row -> row.get("item-name")).containsExactlyElementsOf(expectedTitles);
        assertThat(rows).extracting(row -> row.get("item-name")).anyMatch(title -> title.contains("ü"));
        // ü is the single byte 0xFC in windows-1252, never UTF-8's C3 BC.
        assertThat(report.body()).contains((byte) 0xFC);
        assertThat(new String(report.body(), StandardCharsets.ISO_8859_1)).doesNotContain("\u00c3\u00bc");
        // The 29 columns MWS-era clients expected: the classic 27, merchant-shipping-group, status.
        assertThat(rows.get(0).keySet()).hasSize(29).startsWith("item-name", "item-description", "listing-id",
                "seller-sku", "price", "quantity", "open-date")
                .endsWith("fulfillment-channel", "merchant-shipping-group", "status");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("open-date"))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d (CET|CEST|MEZ|MESZ)"));
    }

    @Test
    void theActiveListingsReportIsUtf8WithAByteOrderMarkAndTheRecentFortySevenColumns(MwsSandbox sandbox) {
        Response report = report(sandbox, "_GET_MERCHANT_LISTINGS_DATA_", "MarketplaceIdList.Id.1", DE);

        // UTF-8 whatever the marketplace, starting with EF BB BF, as recent answers were.
        assertThat(report.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(report.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(report.body(), 3, report.body().length - 3, StandardCharsets.UTF_8);
        List<String> header = List.of(text.lines().findFirst().orElseThrow().split("\t", -1));
        assertThat(header).hasSize(47).startsWith("item-name", "item-description", "listing-id", "seller-sku")
                .containsSubsequence("fulfillment-channel", "Business Price", "Quantity Price Type",
                        "Quantity Lower Bound 1", "Quantity Price 5", "merchant-shipping-group",
                        "Progressive Price Type", "Progressive Price 3")
                .endsWith("Progressive Lower Bound 3", "Progressive Price 3");
        List<Listing> active = sandbox.listings().inMarketplace(DE).stream()
                .filter(l -> "AFN".equals(l.fulfillmentChannel()) || l.quantity() > 0).toList();
        List<String> lines = text.lines().skip(1).toList();
        assertThat(lines).hasSize(active.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            assertThat(cells).hasSize(47);
            Listing listing = active.get(i);
            assertThat(cells[header.indexOf("item-name")]).isEqualTo(listing.title());
            assertThat(cells[header.indexOf("merchant-shipping-group")])
                    .isEqualTo("AFN".equals(listing.fulfillmentChannel()) ? "" : "Migrated Template");
            assertThat(cells[header.indexOf("Business Price")]).isEmpty();
        }
        assertThat(text).contains("ü");
    }

    @Test
    void aJapaneseListingsReportIsWindows31jWithJapaneseTitles(MwsSandbox sandbox) {
        Response report = report(sandbox, "_GET_MERCHANT_LISTINGS_ALL_DATA_", "MarketplaceIdList.Id.1", JP);
        assertThat(report.header("Content-Type")).isEqualTo("text/plain;charset=Windows-31J");
        assertThat(report.charset()).isEqualTo(WINDOWS_31J);
        List<String> titles = sandbox.listings().inMarketplace(JP).stream().map(Listing::title).toList();
        assertThat(titles).anyMatch(title -> title.contains("ステンレスボトル"));
        assertThat(rows(report)).extracting(row -> row.get("item-name")).containsExactlyElementsOf(titles);
        assertThat(report.text(StandardCharsets.UTF_8)).doesNotContain("ステンレスボトル");
        assertThat(report.body()).startsWith("item-name\t".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anOrderReportReplacesWhatWindows1252CannotWriteWithQuestionMarks(MwsSandbox sandbox) {
        Response report = report(sandbox, "_GET_FLAT_FILE_ORDERS_DATA_");
        List<Map<String, String>> rows = rows(report);
        assertThat(rows).isNotEmpty();
        Instant now = sandbox.clock().instant();
        int replaced = 0;
        for (Map<String, String> row : rows) {
            Order order = sandbox.orders().find(row.get("order-id"), now).orElseThrow();
            assertThat(order.marketplaceId()).isEqualTo(US);
            assertThat(row.get("buyer-name")).isEqualTo(asCharsetWritesIt(order.buyerName(), WINDOWS_1252));
            if (!row.get("buyer-name").equals(order.buyerName())) {
                replaced++;
                assertThat(row.get("buyer-name")).contains("?");
            }
            OrderItem item = order.items().stream().filter(i -> i.orderItemId().equals(row.get("order-item-id")))
                    .findFirst().orElseThrow();
            assertThat(row.get("product-name")).isEqualTo(asCharsetWritesIt(item.title(), WINDOWS_1252));
            assertThat(row.get("item-price")).isEqualTo(item.itemPrice().toPlainString());
        }
        assertThat(replaced).as("buyers whose names windows-1252 cannot write").isPositive();
    }

    @Test
    void ordersByOrderDateListEveryItemBoughtInTheRequestedPeriod(MwsSandbox sandbox) {
        Instant start = sandbox.orders().start().minus(Duration.ofDays(20));
        Instant end = sandbox.orders().start().minus(Duration.ofDays(10));
        Response report = report(sandbox, "_GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_", "MarketplaceIdList.Id.1", DE,
                "StartDate", WebServiceDates.format(start), "EndDate", WebServiceDates.format(end));
        List<String> expected = new ArrayList<>();
        for (Order order : sandbox.orders().ordersPurchasedBetween(start, end, sandbox.clock().instant())) {
            if (order.marketplaceId().equals(DE)) {
                order.items().forEach(item -> expected.add(order.amazonOrderId() + " " + item.sellerSku() + " "
                        + item.title()));
            }
        }
        List<Map<String, String>> rows = rows(report);
        assertThat(expected).isNotEmpty();
        assertThat(rows).extracting(row -> row.get("amazon-order-id") + " " + row.get("sku") + " "
                + row.get("product-name")).containsExactlyElementsOf(expected);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("sales-channel")).isEqualTo("Amazon.de");
            assertThat(row.get("purchase-date")).endsWith("+00:00");
            assertThat(Instant.parse(row.get("purchase-date").replace("+00:00", "Z"))).isBetween(
                    start.minusSeconds(1), end);
        });
        assertThat(report.text(WINDOWS_1252)).contains("ü");
        // The 33 columns of the MWS-era tracking report, ending with the Amazon Business ones.
        assertThat(rows.get(0).keySet()).hasSize(33).endsWith("promotion-ids", "is-business-order",
                "purchase-order-number", "price-designation", "is-sold-by-ab");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("is-sold-by-ab")).isEqualTo("false"));
    }

    @Test
    void theXmlOrderReportIsAWellFormedEnvelopeServedAsTextXml(MwsSandbox sandbox) {
        Instant start = sandbox.orders().start().minus(Duration.ofDays(3));
        Instant end = sandbox.orders().start().minus(Duration.ofDays(2));
        Response report = report(sandbox, "_GET_XML_ALL_ORDERS_DATA_BY_ORDER_DATE_", "StartDate",
                WebServiceDates.format(start), "EndDate", WebServiceDates.format(end));
        assertThat(report.header("Content-Type")).isEqualTo("text/xml");
        List<String> expected = sandbox.orders().ordersPurchasedBetween(start, end, sandbox.clock().instant())
                .stream().filter(o -> o.marketplaceId().equals(US)).map(Order::amazonOrderId).toList();
        assertThat(expected).isNotEmpty();
        assertThat(report.text("MessageType")).isEqualTo("AllOrdersReport");
        assertThat(report.texts("AmazonOrderID")).containsExactlyElementsOf(expected);
    }

    @Test
    void fbaInventoryReportsListTheAmazonFulfilledListings(MwsSandbox sandbox) {
        List<String> afn = sandbox.listings().inMarketplace(US).stream()
                .filter(l -> "AFN".equals(l.fulfillmentChannel())).map(Listing::sellerSku).toList();
        assertThat(afn).isNotEmpty();
        List<Map<String, String>> inventory = rows(report(sandbox, "_GET_AFN_INVENTORY_DATA_"));
        assertThat(inventory).extracting(row -> row.get("seller-sku")).containsExactlyElementsOf(afn);
        assertThat(inventory).allSatisfy(row -> assertThat(row.get("fulfillment-channel-sku")).matches("X00\\w{7}"));
        List<Map<String, String>> myi = rows(report(sandbox, "_GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA_"));
        assertThat(myi).extracting(row -> row.get("sku")).containsExactlyElementsOf(afn);
        assertThat(myi).extracting(row -> row.get("fnsku"))
                .containsExactlyElementsOf(inventory.stream().map(row -> row.get("fulfillment-channel-sku")).toList());
    }

    @Test
    void wireFaultsApplyToTheStreamedReport(MwsSandbox sandbox) throws Exception {
        String id = reports.call("RequestReport", "ReportType", "_GET_SANDBOX_SYNTHETIC_DATA_", "ReportOptions",
                "size=3MiB;seed=5").assertOk().text("ReportRequestId");
        sandbox.advanceClock(Duration.ofSeconds(91));
        String reportId = reports.call("GetReportRequestList", "ReportRequestIdList.Id.1", id).assertOk()
                .text("GeneratedReportId");
        sandbox.faults().add(FaultRule.forAction("GetReport").wrongContentMd5());
        Response corrupted = reports.call("GetReport", "ReportId", reportId);
        assertThat(corrupted.status()).isEqualTo(200);
        assertThat(corrupted.body()).hasSize(3 << 20);
        assertThat(corrupted.header("Content-MD5")).isNotEqualTo(WebServiceClient.md5(corrupted.body()));
        // The retry MWS's docs recommend gets the right one.
        Response good = reports.call("GetReport", "ReportId", reportId).assertDocument();
        assertThat(good.body()).isEqualTo(corrupted.body());

        sandbox.faults().add(FaultRule.forAction("GetReport").cutShort(0.5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.call("GetReport", "ReportId", reportId))
                .hasRootCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void openListingsAreOneRowPerOfferOfTheMarketplace(MwsSandbox sandbox) {
        List<Map<String, String>> rows = rows(report(sandbox, "_GET_FLAT_FILE_OPEN_LISTINGS_DATA_"));
        List<Listing> listings = sandbox.listings().inMarketplace(US);
        assertThat(rows).extracting(row -> row.get("sku") + " " + row.get("asin") + " " + row.get("price"))
                .containsExactlyElementsOf(listings.stream()
                        .map(l -> l.sellerSku() + " " + l.asin() + " " + l.price().toPlainString()).toList());
    }
}
