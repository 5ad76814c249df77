package io.camelmws.component.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.ScaledMws;
import io.camelmws.component.signing.Fingerprint;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The MWS meters a SimpleMeterRegistry bound in the Camel registry receives from calls to a throttling sandbox. */
class MwsMetricsTest extends CamelTestSupport {

    static final String US = "ATVPDKIKX0DER";
    static final String LIST_ORDERS = "mws:ListOrders?marketplaceId=" + US + "&retryDelay=10";
    static final String REPORT = "mws:RequestReport?reportType=_GET_SANDBOX_SYNTHETIC_DATA_&await=true&awaitPollInterval=50";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("metricsRegistry", meters);
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    @Test
    void aThrottledAnswerIsCountedRetriedWaitedOutAndTheCallCountedAsASuccess() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").throttled().times(1));

        Exchange exchange = template.request(LIST_ORDERS, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("CreatedAfter", Instant.parse("2020-01-01T00:00:00Z"))));

        assertThat(exchange.getException()).isNull();
        String seller = Fingerprint.of(SANDBOX.accessKey());
        assertThat(meters.get("mws.throttled.answers").tags("seller", seller, "section", "Orders", "action", "ListOrders", "code", "RequestThrottled")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("mws.retries").tags("action", "ListOrders", "reason", "RequestThrottled").counter().count()).isEqualTo(1);
        assertThat(meters.get("mws.calls").tags("action", "ListOrders", "outcome", "success").timer().count()).isEqualTo(1);
        assertThat(meters.find("mws.calls").tags("action", "ListOrders", "outcome", "RequestThrottled").timer())
                .as("a call is counted once, by how it ended").isNull();
        // Two admissions: the first at once, the retry after waiting for the bucket MWS said was empty.
        assertThat(meters.get("mws.throttle.wait").tags("action", "ListOrders").timer().count()).isEqualTo(2);
        assertThat(meters.get("mws.throttle.wait").tags("action", "ListOrders").timer().max(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
        assertThat(meters.get("mws.quota.remaining").tags("seller", seller, "section", "Orders").gauge().value()).isBetween(0.0, 6.0);
        assertNoSecrets();
    }

    @Test
    void aReportDownloadCountsVerifiedBytesAndAnMd5MismatchThenItsRetry() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetReport").wrongContentMd5().times(1));

        Exchange exchange = template.request(REPORT, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=2048;seed=7")));

        assertThat(exchange.getException()).isNull();
        long length = exchange.getMessage().getBody(byte[].class).length;
        assertThat(meters.get("mws.download.md5.mismatches").tags("action", "GetReport").counter().count()).isEqualTo(1);
        assertThat(meters.get("mws.download.bytes").tags("action", "GetReport").counter().count()).isEqualTo(length);
        assertThat(meters.get("mws.retries").tags("action", "GetReport").counter().count()).isEqualTo(1);
        assertThat(meters.get("mws.calls").tags("action", "RequestReport", "outcome", "success").timer().count()).isEqualTo(1);
        assertThat(meters.get("mws.workflows.pending").tags("kind", "REPORT").gauge().value()).isZero();
        assertNoSecrets();
    }

    private void assertNoSecrets() {
        for (Meter meter : meters.getMeters()) {
            String id = meter.getId().toString();
            for (String secret : List.of(SANDBOX.secretKey(), SANDBOX.accessKey(), SANDBOX.authToken())) {
                assertThat(id).doesNotContain(secret);
            }
        }
    }
}
