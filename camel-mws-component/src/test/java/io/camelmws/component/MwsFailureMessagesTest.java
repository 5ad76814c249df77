package io.camelmws.component;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.error.MwsContentMismatchException;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsThrottledException;
import io.camelmws.component.error.MwsTransportException;
import io.camelmws.component.error.MwsWorkflowException;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a failed exchange says, and the headers an answer leaves: an HTTP status only where MWS answered (and then
 * the one it answered), CamelMwsAttempts of the call whose answer is the body, no header for what MWS did not say.
 */
class MwsFailureMessagesTest extends CamelTestSupport {

    static final double TIME_SCALE = 600;
    static final String SYNTHETIC = "_GET_SANDBOX_SYNTHETIC_DATA_";
    static final String AWAIT = "mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=50";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    private Exchange report(String uri, int seed) {
        return template.request(uri, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=1024;seed=" + seed)));
    }

    /** A failure that happened without an answer from MWS: no "HTTP 0" in its message, no status on the message. */
    private static void assertNoAnswer(Exchange failed, Class<? extends MwsException> type) {
        assertThat(failed.getException()).isInstanceOf(type);
        MwsException failure = (MwsException) failed.getException();
        assertThat(failure.getMessage()).doesNotContain("HTTP 0");
        assertThat(failure.getHttpStatus()).isZero();
        assertThat(failed.getMessage().getHeaders()).doesNotContainKey(MwsConstants.HTTP_STATUS);
    }

    @Test
    void aThrottlingFailRefusalNamesNoHttpStatus() {
        String uri = "mws:GetServiceStatus?section=Orders&throttling=fail";
        template.request(uri, e -> { });
        template.request(uri, e -> { });

        assertNoAnswer(template.request(uri, e -> { }), MwsThrottledException.class);
        assertThat(SANDBOX.sandbox().requests()).hasSize(2);
    }

    @Test
    void anAwaitTimeoutNamesNoHttpStatus() {
        // Polled every 10 simulated minutes, given up after 100 ms (a minute of MWS time): the wait ends first.
        Exchange failed = report("mws:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=600000&awaitTimeout=100", 1);

        assertNoAnswer(failed, MwsWorkflowException.class);
        assertThat(failed.getException()).hasMessageContaining("awaitTimeout");
    }

    @Test
    void aTransportFailureNamesNoHttpStatus() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Exchange failed = template.request("mws:GetServiceStatus?section=Orders&maxRetries=1&retryDelay=10&endpoint=http://127.0.0.1:" + closedPort,
                e -> { });

        assertNoAnswer(failed, MwsTransportException.class);
    }

    @Test
    void aContentMismatchReportsTheStatusMwsAnswered() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetReport").wrongContentMd5().times(1));
        Exchange mismatched = report(AWAIT + "&maxRetries=0", 2);

        SandboxRequest download = ScaledMws.of(SANDBOX.sandbox().requests(), "GetReport").get(0);
        assertThat(mismatched.getException()).isInstanceOfSatisfying(MwsContentMismatchException.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(download.status()).isEqualTo(200));
        assertThat(mismatched.getMessage().getHeader(MwsConstants.HTTP_STATUS)).isEqualTo(200);

        // A 2xx other than 200, without the Content-MD5 a download is verified against.
        SANDBOX.sandbox().clearRequests();
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetReport").rawResponse(203, "text/plain", "not the report").times(1));
        Exchange unverifiable = report(AWAIT + "&maxRetries=0", 3);

        assertThat(unverifiable.getException()).isInstanceOfSatisfying(MwsContentMismatchException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(203);
            assertThat(e.getMessage()).contains("HTTP 203");
        });
        assertThat(unverifiable.getMessage().getHeader(MwsConstants.HTTP_STATUS)).isEqualTo(203);
    }

    @Test
    void camelMwsAttemptsAreTheDownloadsNotTheWorkflowsSum() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("RequestReport").serviceUnavailable().times(1));

        Exchange done = report(AWAIT + "&retryDelay=10", 4);

        assertThat(done.getException()).isNull();
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "RequestReport")).extracting(SandboxRequest::errorCode)
                .containsExactly("ServiceUnavailable", null);
        // Two RequestReport attempts and one GetReport: the body is GetReport's answer, got at the first attempt.
        assertThat(done.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(1);
    }

    @Test
    void quotaHeadersMwsDidNotSendAreLeftOut() {
        Instant after = SANDBOX.sandbox().clock().instant().minus(Duration.ofDays(1));
        Exchange orders = template.request("mws:ListOrders?marketplaceId=ATVPDKIKX0DER", e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("CreatedAfter", after, "MaxResultsPerPage", 1)));

        assertThat(orders.getException()).isNull();
        // Orders publishes no hourly quota: its answers carry no x-mws-quota-* header, and the message no key for one.
        assertThat(orders.getMessage().getHeaders()).doesNotContainKeys(MwsConstants.QUOTA_MAX, MwsConstants.QUOTA_REMAINING,
                MwsConstants.QUOTA_RESETS_ON).containsKey(MwsConstants.HTTP_STATUS);

        // While a report's answers carry them.
        Exchange report = template.request("mws:GetReportCount", e -> { });
        assertThat(report.getMessage().getHeaders()).containsKeys(MwsConstants.QUOTA_MAX, MwsConstants.QUOTA_REMAINING,
                MwsConstants.QUOTA_RESETS_ON);
        assertThat(List.of(orders, report)).allSatisfy(e -> assertThat(e.getMessage().getHeader(MwsConstants.HTTP_STATUS)).isEqualTo(200));
    }
}
