package io.camelmws.component;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * resultFormat=ROWS of a 1 GiB flat-file report, {@code split(body()).streaming()} row by row, in a JVM whose heap is
 * 64 MiB (the small-heap surefire execution): every row arrives, as a map keyed by the header line, and none is held.
 */
@Tag("small-heap")
class MwsReportRowsLargeTest extends CamelTestSupport {

    static final long SIZE = 1L << 30;
    /** The synthetic report: a header line of 36 bytes, then rows of 128 bytes, the last longer by what is left. */
    static final long ROWS = (SIZE - "sku\tasin\tprice\tquantity\tdescription\n".length()) / 128;

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    private final AtomicLong rows = new AtomicLong();
    private final AtomicReference<Map<String, String>> last = new AtomicReference<>();

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
                from("direct:rows")
                        .to("mws:RequestReport?reportType=_GET_SANDBOX_SYNTHETIC_DATA_&await=true&awaitPollInterval=50&resultFormat=ROWS")
                        .split(body()).streaming()
                            .process(exchange -> {
                                @SuppressWarnings("unchecked")
                                Map<String, String> row = exchange.getMessage().getBody(Map.class);
                                if (row.size() != 5 || !row.get("sku").startsWith("SYN-")) {
                                    throw new IllegalStateException("row " + rows.get() + " is " + row);
                                }
                                rows.incrementAndGet();
                                last.set(row);
                            });
            }
        };
    }

    @Test
    void aGibibyteReportSplitsIntoEveryRowInASmallHeap() {
        Exchange done = template.request("direct:rows", e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("ReportOptions", "size=" + SIZE + ";seed=7")));

        assertThat(done.getException()).isNull();
        assertThat(rows.get()).isEqualTo(ROWS);
        assertThat(last.get().keySet()).containsExactly("sku", "asin", "price", "quantity", "description");
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}
