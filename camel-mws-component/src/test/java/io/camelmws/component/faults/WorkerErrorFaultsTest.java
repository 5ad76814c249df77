package io.camelmws.component.faults;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirement 5: an Error thrown while a call runs on one of the component's worker threads (a retry after a 503, a
 * call that waited for its quota) still completes the exchange, with the failure on it. The endpoint's own HttpClient
 * throws the Error when it is asked to send the Nth request; every exchange is awaited with a bound.
 */
class WorkerErrorFaultsTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private final AtomicInteger requests = new AtomicInteger();
    private volatile int failOnRequest;
    private CloseableHttpClient client;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        client = HttpClients.custom().addRequestInterceptorFirst((request, entity, ctx) -> {
            if (requests.incrementAndGet() == failOnRequest) {
                throw new OutOfMemoryError("simulated");
            }
        }).build();
        context.getRegistry().bind("erring", client);
        // The component's own quotas run 600 times faster than MWS's: a call that must wait for one waits briefly.
        context.addComponent("mws", FaultRoutes.component(SANDBOX, ThrottlingMode.OFF, 600));
        return context;
    }

    @AfterEach
    void closeClient() throws Exception {
        client.close();
    }

    private static void assertSimulatedError(Exchange exchange) {
        assertThat(exchange.getException()).isNotNull();
        Throwable cause = exchange.getException();
        while (cause != null && !(cause instanceof OutOfMemoryError)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the Error, on the exchange").isInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
    }

    @Test
    void anErrorInARetryOnAWorkerThreadCompletesTheExchange() {
        failOnRequest = 2;
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetServiceStatus").serviceUnavailable().times(1));

        Exchange exchange = FaultRoutes.send(template, "mws:GetServiceStatus?section=Orders&retryDelay=10&httpClient=#erring", null);

        assertSimulatedError(exchange);
        assertThat(requests).hasValue(2);
        assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::errorCode).containsExactly("ServiceUnavailable");
    }

    @Test
    void anErrorInACallThatWaitedForItsQuotaCompletesTheExchange() {
        // GetServiceStatus: a burst of 2; the third call waits for the quota and runs on a worker thread.
        failOnRequest = 3;
        String uri = "mws:GetServiceStatus?section=Orders&throttling=WAIT&httpClient=#erring";
        for (int call = 1; call <= 2; call++) {
            assertThat(FaultRoutes.send(template, uri, null).getException()).isNull();
        }

        Exchange exchange = FaultRoutes.send(template, uri, null);

        assertSimulatedError(exchange);
        assertThat(requests).hasValue(3);
        assertThat(SANDBOX.sandbox().requests()).hasSize(2);
    }
}
