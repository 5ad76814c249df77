package io.camelmws.component.faults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsTransportException;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static io.camelmws.component.faults.FaultRoutes.US;
import static io.camelmws.component.faults.FaultRoutes.actions;
import static io.camelmws.component.faults.FaultRoutes.faults;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirement 7: a connection reset, a timeout after sending and a trickling body, on a read and on each kind of
 * write that is not a workflow's (those are {@link WriteRecoveryFaultsTest}'s): every failure reaches the route as an
 * MwsException, a read is repeated, a write is repeated only when the catalog says repeating it changes nothing.
 */
class TransportFaultsTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    static final String STATUS = "mws:GetServiceStatus?section=Orders&retryDelay=10";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", FaultRoutes.component(SANDBOX, ThrottlingMode.OFF, 1));
        return context;
    }

    private static List<SandboxRequest> received() {
        return SANDBOX.sandbox().requests();
    }

    @Test
    void aReadWhoseConnectionIsResetIsRetriedAndSucceeds() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetServiceStatus").connectionReset().times(1));

        Exchange exchange = FaultRoutes.send(template, STATUS, null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("<Status>GREEN</Status>");
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(faults(received())).containsExactly("connectionReset", "-");
    }

    @Test
    void aReadWhoseConnectionIsAlwaysResetFailsAsATransportExceptionAfterMaxRetries() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetServiceStatus").connectionReset().always());

        Exchange exchange = FaultRoutes.send(template, STATUS + "&maxRetries=1", null);

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsTransportException.class, e -> {
            assertThat(e.getAttempts()).isEqualTo(2);
            assertThat(e.isPossiblySent()).isTrue();
            assertThat(e.getMessage()).contains("2 attempts");
        });
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(faults(received())).containsExactly("connectionReset", "connectionReset");
    }

    @Test
    void aTricklingAnswerFailsAtRequestTimeoutAsATransportException() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetServiceStatus").trickle(20).always());

        Exchange exchange = FaultRoutes.send(template, STATUS + "&socketTimeout=1s&requestTimeout=2s&maxRetries=0", null);

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsTransportException.class, e -> {
            assertThat(e.getMessage()).contains("requestTimeout (2000 ms) exceeded");
            assertThat(e.getAttempts()).isEqualTo(1);
            assertThat(e.isPossiblySent()).isTrue();
        });
        assertThat(faults(received())).containsExactly("trickle");
    }

    @Test
    void aRepeatableWriteWhoseAnswerIsCutIsSentAgain() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("CancelFeedSubmissions").cutShort(0.3).times(1));

        Exchange exchange = FaultRoutes.send(template, "mws:CancelFeedSubmissions?retryDelay=10", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(actions(received())).containsExactly("CancelFeedSubmissions", "CancelFeedSubmissions");
        assertThat(faults(received())).containsExactly("cutShort", "-");
    }

    @Test
    void aWriteThatCreatesSomethingAndWhoseConnectionIsResetIsNotRepeated() {
        Map<String, Object> destination = new LinkedHashMap<>();
        destination.put("MarketplaceId", US);
        destination.put("Destination.DeliveryChannel", "SQS");
        destination.put("Destination.AttributeList.member.1.Key", "sqsQueueUrl");
        destination.put("Destination.AttributeList.member.1.Value", "https://sqs.us-east-1.amazonaws.com/51471EXAMPLE/mws_notifications");
        SANDBOX.sandbox().faults().add(FaultRule.forAction("RegisterDestination").connectionReset().always());

        Exchange exchange = FaultRoutes.send(template, "mws:RegisterDestination?retryDelay=10", null, destination);

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsUncertainOutcomeException.class,
                e -> assertThat(e.getMessage()).contains("it was not repeated"));
        assertThat(exchange.getException()).isInstanceOf(MwsException.class);
        assertThat(faults(received())).containsExactly("connectionReset");
    }
}
