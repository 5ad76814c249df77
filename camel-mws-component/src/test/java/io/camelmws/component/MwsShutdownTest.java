package io.camelmws.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exchange still in flight when the CamelContext begins a graceful shutdown, reaching a {@code toD} mws endpoint
 * that did not exist before: it is served, or fails saying why; never with a NullPointerException.
 */
class MwsShutdownTest extends MwsTestSupport {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch stopping = new CountDownLatch(1);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:slow").routeId("slow")
                        .process(e -> {
                            entered.countDown();
                            assertThat(release.await(20, TimeUnit.SECONDS)).as("released").isTrue();
                        })
                        .toD("mws:GetServiceStatus?section=${header.section}");
            }
        };
    }

    @Test
    void anInFlightExchangeReachingANewToDEndpointDuringShutdownNeverFailsWithANullPointer() throws Exception {
        context.getShutdownStrategy().setTimeout(20);
        EventNotifierSupport notifier = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                stopping.countDown();
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.CamelContextStoppingEvent;
            }
        };
        context.getManagementStrategy().addEventNotifier(notifier);
        ServiceHelper.startService(notifier);

        CompletableFuture<Exchange> inFlight = template.asyncSend("direct:slow", e -> e.getMessage().setHeader("section", "Sellers"));
        assertThat(entered.await(20, TimeUnit.SECONDS)).as("the exchange reached the slow step").isTrue();
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(context::stop);
        assertThat(stopping.await(20, TimeUnit.SECONDS)).as("the context reported it is stopping").isTrue();
        release.countDown();

        Exchange exchange = inFlight.get(30, TimeUnit.SECONDS);
        stopped.get(30, TimeUnit.SECONDS);

        Exception failure = exchange.getException();
        if (failure != null) {
            assertThat(failure).isNotInstanceOf(NullPointerException.class).hasNoCause().hasMessageContaining("stopping");
        } else {
            assertThat(received()).extracting(r -> r.action()).containsExactly("GetServiceStatus");
        }
        assertThat(exchange.getException() == null ? "served" : exchange.getException().toString()).doesNotContain("NullPointerException");
    }
}
