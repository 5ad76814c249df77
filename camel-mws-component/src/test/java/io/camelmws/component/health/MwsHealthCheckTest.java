package io.camelmws.component.health;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camelmws.component.MwsTestSupport;
import io.camelmws.component.ScaledMws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-seller health check, as Camel's health registry reports it, after calls to the sandbox and to nothing. */
class MwsHealthCheckTest extends MwsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:status").to("mws:GetServiceStatus?section=Orders");
            }
        };
    }

    @BeforeEach
    void enableProducerChecks() {
        // Camel keeps producer checks off unless camel.health.producersEnabled=true.
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
    }

    @Test
    void upAfterACallWithoutProbing() {
        template.requestBody("direct:status", (Object) null);

        HealthCheck.Result result = sellerCheck(sandbox().baseUrl());

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("seller.id", sandbox().sellerId()).containsKey("access.key.fingerprint")
                .containsEntry("pending.workflows", 0);
        assertThat(received()).hasSize(1);
        assertNoSecrets(result);
    }

    @Test
    void aSellerNotCalledYetIsProbedWithGetServiceStatusOncePerRestorePeriod() {
        HealthCheck.Result first = sellerCheck(sandbox().baseUrl());
        HealthCheck.Result second = sellerCheck(sandbox().baseUrl());

        assertThat(first.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(second.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(received()).hasSize(1);
        assertThat(received().get(0).action()).isEqualTo("GetServiceStatus");
        assertThat(received().get(0).path()).contains("Sellers");
    }

    @Test
    void downWithTheErrorCodeAndRequestIdWhenMwsRefusesTheSecretKey() {
        assertThatThrownBy(() -> template.requestBody("mws:GetServiceStatus?section=Orders&secretKey=RAW(not-the-secret)", (Object) null))
                .isInstanceOf(CamelExecutionException.class);

        HealthCheck.Result result = sellerCheck(sandbox().baseUrl());

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry("error.code", "SignatureDoesNotMatch").containsKey("request.id");
        assertThat(result.getMessage()).get().asString().contains("SignatureDoesNotMatch");
        assertThat(ScaledMws.of(received(), "GetServiceStatus")).allSatisfy(r -> assertThat(r.errorCode()).isEqualTo("SignatureDoesNotMatch"));
        assertNoSecrets(result);
    }

    @Test
    void downWithTheCauseWhenMwsCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort;
        assertThatThrownBy(() -> template.requestBody("mws:GetServiceStatus?section=Orders&maxRetries=0&endpoint=" + unreachable, (Object) null))
                .isInstanceOf(CamelExecutionException.class);

        HealthCheck.Result result = sellerCheck(unreachable);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getError()).get().isInstanceOf(ConnectException.class);
        assertThat(result.getMessage()).get().asString().contains("cannot be reached");
        assertNoSecrets(result);
    }

    @Test
    void aPollingConsumerShowsItsWatermarkItsLastPollAndThatItsStateIsOnlyInMemory() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&initialLastUpdatedAfter=PT6H&delay=100").routeId("new-orders").to("log:orders?level=TRACE");
            }
        });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        HealthCheck.Result result = sellerCheck(sandbox().baseUrl());
        while ("none yet".equals(result.getDetails().get("consumer.1.watermark")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            result = sellerCheck(sandbox().baseUrl());
        }

        List<io.camelmws.sandbox.log.SandboxRequest> listings = ScaledMws.of(received(), "ListOrders");
        assertThat(listings).isNotEmpty();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("consumers", 1).containsEntry("consumer.1.action", "ListOrders")
                .containsEntry("consumer.1.route", "new-orders").containsEntry("consumer.1.state", "memory")
                .containsEntry("consumer.1.state.warning", "watermark and delivered items are kept in memory and lost on restart");
        // The watermark is a LastUpdatedBefore the sandbox answered: a later poll's LastUpdatedAfter, or the one to come.
        java.time.Instant watermark = java.time.Instant.parse((String) result.getDetails().get("consumer.1.watermark"));
        assertThat(watermark).isAfter(java.time.Instant.parse(listings.get(0).parameter("LastUpdatedAfter")));
        assertThat((Long) result.getDetails().get("consumer.1.since.last.poll.ms")).isBetween(0L, 30_000L);
        assertNoSecrets(result);

        context.getRouteController().stopRoute("new-orders");
        assertThat(sellerCheck(sandbox().baseUrl()).getDetails()).as("a stopped consumer is no longer reported").containsEntry("consumers", 0);
    }

    private HealthCheck.Result sellerCheck(String baseUrl) {
        List<HealthCheck.Result> results = HealthCheckHelper.invoke(context).stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:mws-") && baseUrl.equals(r.getDetails().get("mws.endpoint"))).toList();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static void assertNoSecrets(HealthCheck.Result result) {
        String everything = result.getDetails().toString() + result.getMessage().orElse("") + result.getCheck().getId();
        for (String secret : List.of(SANDBOX.secretKey(), SANDBOX.accessKey(), SANDBOX.authToken())) {
            assertThat(everything).doesNotContain(secret);
        }
        assertThat(result.getDetails().keySet()).noneMatch(key -> key.toLowerCase().contains("secret") || key.toLowerCase().contains("signature"));
        assertThat(Map.copyOf(result.getDetails())).isNotEmpty();
    }
}
