package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quota-true throttling: concurrent routes share one seller's ListOrders quota (6, then one a minute), use all
 * of it, and are never refused by MWS for it. Both sides run a scaled clock so minutes pass in milliseconds.
 */
class MwsQuotaTest extends org.apache.camel.test.junit5.CamelTestSupport {

    static final double TIME_SCALE = 240;

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent mws = ScaledMws.component(SANDBOX);
        mws.getConfiguration().setMarketplaceId("ATVPDKIKX0DER");
        context.addComponent("mws", mws);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (int route = 1; route <= 4; route++) {
                    from("direct:orders-" + route).routeId("orders-" + route).to("mws:ListOrders");
                }
            }
        };
    }

    @Test
    void sixtyListOrdersFromFourRoutesUseTheWholeQuotaAndAreNeverThrottled() throws Exception {
        // A first call pays for class loading and connecting: at 240 times real speed its 100 to 300 ms are half a
        // minute to a minute of MWS time, by which MWS's bucket would start later than this client's (against the real
        // MWS they are a fraction of a second). GetServiceStatus has a bucket of its own, so the ListOrders quota is untouched.
        template.requestBody("mws:GetServiceStatus?section=Orders", null, String.class);
        SANDBOX.sandbox().clearRequests();
        Instant after = SANDBOX.sandbox().clock().instant().minus(Duration.ofDays(1));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int route = 1; route <= 4; route++) {
            String uri = "direct:orders-" + route;
            done.add(callers.submit(() -> {
                for (int call = 0; call < 15; call++) {
                    template.requestBodyAndHeader(uri, null, MwsConstants.PARAMETERS, Map.of("CreatedAfter", after, "MaxResultsPerPage", 1));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        callers.shutdown();

        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        assertThat(requests).hasSize(60).extracting(SandboxRequest::errorCode).containsOnlyNulls();
        // 6 at once, then one per restore period: 54 periods of 60 s of MWS time, as the sandbox's clock measured them.
        Duration span = Duration.between(requests.get(0).receivedAt(), requests.get(requests.size() - 1).receivedAt());
        Duration minimum = Duration.ofSeconds(60).multipliedBy(54);
        assertThat(span).as("simulated span against the quota's minimum of %s", minimum)
                .isGreaterThanOrEqualTo(minimum.multipliedBy(98).dividedBy(100))
                .isLessThanOrEqualTo(minimum.multipliedBy(110).dividedBy(100));
    }
}
