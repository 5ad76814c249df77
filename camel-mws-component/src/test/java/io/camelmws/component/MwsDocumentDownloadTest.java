package io.camelmws.component;

import java.io.InputStream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelmws.sandbox.FaultRule;

import static org.assertj.core.api.Assertions.assertThat;

/** GetReport and GetFeedSubmissionResult hand on the document as a stream tied to the exchange's life. */
class MwsDocumentDownloadTest extends MwsTestSupport {

    private static final String REPORT = "sku\tprice\tquantity\nwidget\t9.99\t5\n";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent mws = context.getComponent("mws", MwsComponent.class);
        // One connection only: a download that did not give its connection back would block the next call.
        mws.setMaxTotalConnections(1);
        mws.setMaxConnectionsPerRoute(1);
        mws.getConfiguration().setConnectionRequestTimeout(2_000);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:read").to("mws:GetReport?param.ReportId=42").convertBodyTo(String.class);
                from("direct:ignore").to("mws:GetReport?param.ReportId=42");
            }
        };
    }

    @Test
    void theReportIsTheBodyAsAStream() {
        sandbox().faults().add(FaultRule.forAction("GetReport").rawResponse(200, "text/plain;charset=windows-1252", REPORT).times(1));

        Exchange exchange = template.request("direct:read", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(REPORT);
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/plain;charset=windows-1252");
        assertThat(exchange.getMessage().getHeader(MwsConstants.REQUEST_ID)).isEqualTo(lastReceived().requestId());
    }

    @Test
    void anUnreadDownloadReleasesItsConnectionWhenTheExchangeCompletes() {
        sandbox().faults().add(FaultRule.forAction("GetReport").rawResponse(200, "text/plain", REPORT).always());

        for (int i = 0; i < 4; i++) {
            Exchange exchange = template.request("direct:ignore", e -> { });
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody()).isInstanceOf(InputStream.class);
        }
        assertThat(received()).hasSize(4).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }
}
