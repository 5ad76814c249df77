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
