package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An orders consumer (with its items) and a producer route calling ListOrders and ListOrderItems for the same seller,
 * both as fast as they may, against a sandbox that throttles as MWS does: they share the seller's quota, so together
 * they never receive RequestThrottled, and the sandbox saw ListOrders paced at its restore rate once the burst was spent.
 */
class MwsConsumerQuotaTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    private static final String MARKETPLACE = "ATVPDKIKX0DER";

    @Test
    void consumersAndProducersOfOneSellerShareItsQuotaAndAreNeverThrottled() throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        Instant since = SANDBOX.sandbox().clock().instant().minus(Duration.ofHours(2));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mws:ListOrders?marketplaceId=" + MARKETPLACE + "&initialLastUpdatedAfter=PT2H&includeItems=true&delay=1"
                     + "&applicationName=poller").routeId("consumer").to("log:polled?level=TRACE");
                from("mws:GetReportList?initialLastUpdatedAfter=PT2H&delay=1&applicationName=poller").routeId("reports")
                        .to("log:reports?level=TRACE");
                // One call after the other (synchronous), as a route reading a queue would: the timer does not pile up exchanges.
                from("timer:sender?period=1&repeatCount=12&synchronous=true").routeId("producer")
                        .setHeader(MwsConstants.PARAM_PREFIX + "LastUpdatedAfter", constant(since))
                        .to("mws:ListOrders?marketplaceId=" + MARKETPLACE + "&applicationName=sender")
                        .setHeader(MwsConstants.PARAM_PREFIX + "AmazonOrderId", xpath("(//*[local-name()='AmazonOrderId'])[1]/text()", String.class))
                        .to("mws:ListOrderItems?applicationName=sender");
            }
        });
        context.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ScaledMws.of(SANDBOX.sandbox().requests(), "ListOrders").size() < 16 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            context.stop();
        }

        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        List<SandboxRequest> listings = ScaledMws.of(requests, "ListOrders");
        assertThat(listings).hasSizeGreaterThanOrEqualTo(16);
        assertThat(listings).as("the consumer polled").anyMatch(request -> request.userAgent().startsWith("poller/"));
        assertThat(listings).as("the producer called").anyMatch(request -> request.userAgent().startsWith("sender/"));
        assertThat(ScaledMws.of(requests, "ListOrderItems")).anyMatch(request -> request.userAgent().startsWith("poller/"))
                .anyMatch(request -> request.userAgent().startsWith("sender/"));
        assertThat(ScaledMws.of(requests, "GetReportList")).isNotEmpty();
        assertThat(requests).as("never throttled").noneMatch(request -> "RequestThrottled".equals(request.errorCode()));
        // The burst of 6 (ListOrders and ListOrdersByNextToken share it), then one request a minute: paced, not refused.
        List<SandboxRequest> orderBucket = requests.stream().filter(request -> request.action().startsWith("ListOrders")
                                                                                && !request.action().startsWith("ListOrderItems")).toList();
        Duration spent = Duration.between(orderBucket.get(0).receivedAt(), orderBucket.get(15).receivedAt());
        assertThat(spent).isGreaterThanOrEqualTo(Duration.ofSeconds(60).multipliedBy(15 - 6).minusSeconds(30));
    }
}
