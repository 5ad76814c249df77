package io.camelmws.component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.error.MwsFlatFileException;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.orders.Listing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * resultFormat=ROWS through routes: flat-file reports in the marketplace's charset (Windows-31J in Japan, windows-1252
 * in Germany) split into one row map per exchange and compared cell by cell with the sandbox's listings; an XML report
 * refused as rows. The byte-order mark of UTF-8 reports (no marketplace of the sandbox seller has them) and malformed
 * files are FlatFileRowsTest's.
 */
class MwsReportRowsTest extends CamelTestSupport {

    static final String JP = "A1VC38T7YXB528";
    static final String DE = "A1PA6795UKMFR9";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:listings")
                        .toD("mws:RequestReport?reportType=_GET_MERCHANT_LISTINGS_ALL_DATA_&marketplaceId=${header.marketplace}"
                             + "&await=true&awaitPollInterval=50&resultFormat=ROWS")
                        .to("mock:report")
                        .split(body()).streaming()
                            .to("mock:row");
            }
        };
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> rowsOf(String marketplace) throws Exception {
        MockEndpoint report = getMockEndpoint("mock:report");
        MockEndpoint rows = getMockEndpoint("mock:row");
        report.reset();
        rows.reset();
        report.expectedMessageCount(1);
        Exchange done = template.request("direct:listings", e -> e.getMessage().setHeader("marketplace", marketplace));
        assertThat(done.getException()).isNull();
        report.assertIsSatisfied();
        Exchange reported = report.getReceivedExchanges().get(0);
        assertThat(reported.getMessage().getHeader(MwsConstants.COLUMNS, List.class)).startsWith("item-name", "item-description", "listing-id",
                "seller-sku", "price", "quantity").endsWith("status");
        return rows.getReceivedExchanges().stream().map(e -> (Map<String, String>) e.getMessage().getBody(Map.class)).toList();
    }

    private static void assertRowsAreTheListings(List<Map<String, String>> rows, String marketplace) {
        Map<String, Listing> listings = SANDBOX.sandbox().listings().inMarketplace(marketplace).stream()
                .collect(Collectors.toMap(Listing::sellerSku, Function.identity()));
        assertThat(rows).extracting(row -> row.get("seller-sku")).containsExactlyInAnyOrderElementsOf(listings.keySet());
        for (Map<String, String> row : rows) {
            Listing listing = listings.get(row.get("seller-sku"));
            assertThat(row.get("item-name")).isEqualTo(listing.title());
            assertThat(row.get("asin1")).isEqualTo(listing.asin());
            assertThat(new BigDecimal(row.get("price"))).isEqualByComparingTo(listing.price());
            assertThat(row.get("status")).isIn("Active", "Inactive");
            assertThat(row).hasSize(29).containsKey("merchant-shipping-group");
        }
    }

    @Test
    void aJapaneseReportInWindows31JComesAsRowsCellByCell() throws Exception {
        List<Map<String, String>> rows = rowsOf(JP);

        assertThat(rows).isNotEmpty();
        assertRowsAreTheListings(rows, JP);
        assertThat(rows).anySatisfy(row -> assertThat(row.get("item-name")).matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"));
        assertThat(getMockEndpoint("mock:report").getReceivedExchanges().get(0).getMessage().getHeader(Exchange.CHARSET_NAME))
                .isEqualTo("windows-31j");
    }

    @Test
    void aGermanReportInWindows1252ComesAsRowsCellByCell() throws Exception {
        List<Map<String, String>> rows = rowsOf(DE);

        assertRowsAreTheListings(rows, DE);
        assertThat(getMockEndpoint("mock:report").getReceivedExchanges().get(0).getMessage().getHeader(Exchange.CHARSET_NAME))
                .isEqualTo("windows-1252");
    }

    @Test
    void anXmlReportIsNotHandedOnAsRows() {
        Exchange done = template.request("mws:RequestReport?reportType=_GET_XML_ALL_ORDERS_DATA_BY_ORDER_DATE_&await=true&awaitPollInterval=50"
                                         + "&resultFormat=ROWS", e -> e.getMessage().setHeader(MwsConstants.PARAM_PREFIX + "StartDate",
                SANDBOX.sandbox().clock().instant().minus(java.time.Duration.ofDays(3))));

        assertThat(done.getException()).isInstanceOfSatisfying(MwsFlatFileException.class, e -> {
            assertThat(e.getMessage()).contains("it is XML, not a flat file").contains("resultFormat=XML");
            assertThat(e.isRetryable()).isFalse();
        });
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "GetReport")).hasSize(1);
    }
}
