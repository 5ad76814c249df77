package io.camelmws.component;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsTransportException;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each retry rule, asserted on what the sandbox received: how many requests, and when. */
class MwsRetryTest extends MwsTestSupport {

    /** A second MWS whose clock runs 30 minutes ahead of this JVM's, as a badly set server clock would be. */
    @RegisterExtension
    static final MwsSandboxExtension AHEAD = new MwsSandboxExtension().withClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(30)));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent ahead = new MwsComponent();
        configure(ahead.getConfiguration(), AHEAD);
        context.addComponent("mwsahead", ahead);
        return context;
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredDelaysEachSignedAfresh() {
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").error(500, "InternalError", "We encountered an internal error.").times(2));

        Exchange exchange = template.request("mws:GetServiceStatus?section=Orders&retryDelay=200&maxRetryDelay=1000", e -> { });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(3);
        List<SandboxRequest> requests = received();
        assertThat(requests).extracting(SandboxRequest::errorCode).containsExactly("InternalError", "InternalError", null);
        // Full jitter: each delay is random in [0, retryDelay * 2^(n-1)], so only the upper bounds are certain.
        assertThat(Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt())).isLessThan(Duration.ofMillis(200 + 150));
        assertThat(Duration.between(requests.get(1).receivedAt(), requests.get(2).receivedAt())).isLessThan(Duration.ofMillis(400 + 150));
        // A retry is a new request: new Timestamp, new Signature (the sandbox verified each one).
        assertThat(requests.get(0).parameters().get("Timestamp")).isNotEqualTo(requests.get(2).parameters().get("Timestamp"));
    }

    @Test
    void retriesStopAtMaxRetries() {
        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").error(503, "ServiceUnavailable", "Service is unavailable").always());

        Exchange exchange = template.request("mws:GetServiceStatus?section=Orders&maxRetries=2&retryDelay=10", e -> { });

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsException.class, e -> assertThat(e.getErrorCode()).isEqualTo("ServiceUnavailable"));
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(3);
        assertThat(received()).hasSize(3);
    }

    @Test
    void errorsThatRetryingCannotFixAreNotRetried() {
        sandbox().faults().add(FaultRule.forAction("GetReport").error(400, "InvalidReportId", "Report 42 does not exist").always());

        Exchange exchange = template.request("mws:GetReport?param.ReportId=42&retryDelay=10", e -> { });

        assertThat(exchange.getException()).isInstanceOf(MwsException.class);
        assertThat(received()).hasSize(1);
    }

    @Test
    void aRequestThatNeverLeftIsRetriedEvenWhenItChangesState() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Exchange exchange = template.request("mws:RequestReport?param.ReportType=_GET_ORDERS_DATA_&maxRetries=2&retryDelay=50&endpoint=http://127.0.0.1:"
                                             + closedPort, e -> { });

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsTransportException.class, e -> {
            assertThat(e.getCause()).isInstanceOf(ConnectException.class);
            assertThat(e.getAttempts()).isEqualTo(3);
            assertThat(e.isPossiblySent()).isFalse();
            assertThat(e.getMessage()).contains("the request could not be sent").contains("3 attempts").doesNotContain("HTTP 0");
        });
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(3);
    }

    @Test
    void anExpiredTimestampIsReSignedOnceWithMwssClockAndLaterCallsUseIt() {
        Exchange first = template.request("mwsahead:GetServiceStatus?section=Orders", e -> { });

        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        List<SandboxRequest> requests = AHEAD.sandbox().requests();
        assertThat(requests).extracting(SandboxRequest::errorCode).containsExactly("RequestExpired", null);

        Exchange second = template.request("mwsahead:GetServiceStatus?section=Sellers", e -> { });
        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(1);
        assertThat(AHEAD.sandbox().requests()).hasSize(3);
    }
}
