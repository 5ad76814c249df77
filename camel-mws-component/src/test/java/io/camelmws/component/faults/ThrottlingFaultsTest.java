package io.camelmws.component.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static io.camelmws.component.faults.FaultRoutes.US;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirement 9: RequestThrottled and QuotaExceeded answers through routes with throttling=WAIT.
 * <ul>
 * <li>{@code mws}: a sandbox that does not throttle, so its fault answers carry no x-mws-quota-* headers; the
 * component's own quotas run 600 times faster than MWS's so that a wait for one is short;</li>
 * <li>{@code hourly}: a throttling sandbox running 3600 times faster than real time, whose answers carry the hourly
 * quota headers, x-mws-quota-resetsOn among them; the component's quotas run at the same pace.</li>
 * </ul>
 */
class ThrottlingFaultsTest extends CamelTestSupport {

    static final double COMPONENT_SCALE = 600;
    static final double HOURLY_SCALE = 3600;

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);
    @RegisterExtension
    static final MwsSandboxExtension HOURLY = new MwsSandboxExtension().withTimeScale(HOURLY_SCALE);

    static final String LIST_ORDERS = "mws:ListOrders?marketplaceId=" + US + "&retryDelay=10";
    static final Map<String, Object> CREATED_AFTER = Map.of("CreatedAfter", Instant.parse("2020-01-01T00:00:00Z"));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", FaultRoutes.component(SANDBOX, ThrottlingMode.WAIT, COMPONENT_SCALE));
        context.addComponent("hourly", FaultRoutes.component(HOURLY, ThrottlingMode.WAIT, HOURLY_SCALE));
        return context;
    }

    @Test
    void requestThrottledIsWaitedOutAndTheCallSucceeds() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").throttled().times(1));

        Exchange exchange = FaultRoutes.send(template, LIST_ORDERS, null, CREATED_AFTER);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("<ListOrdersResult>");
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(exchange.getMessage().getHeader(MwsConstants.THROTTLE_WAIT_MILLIS, Long.class)).as("the retry waited for the quota")
                .isPositive();
        assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::errorCode).containsExactly("RequestThrottled", null);
    }

    /**
     * Documented behaviour: without x-mws-quota-resetsOn the component cannot tell when the hour ends, and fails at
     * once rather than guess (RetryPolicy: "QuotaExceeded: wait until the hourly quota resets, when MWS said when").
     */
    @Test
    void quotaExceededWithoutResetTimeFailsAtOnce() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").error(503, "QuotaExceeded",
                "You exceeded your quota of 80.0 requests per 1 hour for operation Orders/2013-09-01/ListOrders.").always());

        Exchange exchange = FaultRoutes.send(template, LIST_ORDERS, null, CREATED_AFTER);

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("QuotaExceeded");
            assertThat(e.getHttpStatus()).isEqualTo(503);
        });
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(1);
        assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::errorCode).containsExactly("QuotaExceeded");
    }

    @Test
    void quotaExceededWithResetTimeIsWaitedOutUntilTheHourResets() {
        HOURLY.sandbox().faults().add(FaultRule.forAction("GetReportList").error(503, "QuotaExceeded",
                "You exceeded your quota of 60.0 requests per 1 hour for operation Reports/2009-01-01/GetReportList.").times(1));

        Exchange exchange = FaultRoutes.send(template, "hourly:GetReportList?retryDelay=10", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        List<SandboxRequest> requests = HOURLY.sandbox().requests();
        assertThat(requests).extracting(SandboxRequest::errorCode).containsExactly("QuotaExceeded", null);
        // The sandbox's hourly window began with the first request, at the top of its minute: the retry came after
        // the window reset, on the sandbox's own (simulated) clock.
        Instant windowReset = requests.get(0).receivedAt().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(1));
        assertThat(requests.get(1).receivedAt()).isAfterOrEqualTo(windowReset);
    }
}
