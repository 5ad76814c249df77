package io.camelmws.component.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.ScaledMws;
import io.camelmws.component.signing.Fingerprint;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The mws dev console, found as Camel finds consoles (its generated service file), after calls to a throttling sandbox. */
class MwsDevConsoleTest extends CamelTestSupport {

    static final String LIST_ORDERS = "mws:ListOrders?marketplaceId=ATVPDKIKX0DER";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    @Test
    void showsEachSellersQuotasAndLastErrorsAsTextAndJson() {
        Exchange orders = template.request(LIST_ORDERS, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                Map.of("CreatedAfter", Instant.parse("2020-01-01T00:00:00Z"))));
        assertThat(orders.getException()).isNull();
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetReport").error(400, "InvalidReportId", "Report 42 does not exist").times(1));
        assertThat(template.request("mws:GetReport?param.ReportId=42", e -> { }).getException()).isNotNull();
        String requestId = ScaledMws.of(SANDBOX.sandbox().requests(), "GetReport").get(0).requestId();

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("mws");
        assertThat(console).as("the mws console is found through its service file").isNotNull();

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("Seller " + SANDBOX.sellerId()).contains(Fingerprint.of(SANDBOX.accessKey()))
                .contains("Orders/ListOrders (ListOrders):").contains("error InvalidReportId on GetReport").contains(requestId);

        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
        JsonArray sellers = (JsonArray) json.get("sellers");
        assertThat(sellers).hasSize(1);
        JsonObject seller = (JsonObject) sellers.get(0);
        assertThat(seller.getString("sellerId")).isEqualTo(SANDBOX.sellerId());
        JsonObject listOrders = ((List<?>) seller.get("quotas")).stream().map(JsonObject.class::cast)
                .filter(quota -> "ListOrders".equals(quota.getString("action"))).findFirst().orElseThrow();
        assertThat(listOrders.getLong("capacity")).isEqualTo(6);
        // At 600 times real time the bucket refills in 100 ms: what is left is anything up to the burst.
        assertThat(listOrders.getLong("tokensLeft")).isBetween(0L, 6L);
        assertThat(listOrders.getLong("nextRefillMillis")).isNotNegative();
        JsonObject lastError = (JsonObject) ((JsonArray) seller.get("lastErrors")).get(0);
        assertThat(lastError.getString("code")).isEqualTo("InvalidReportId");
        assertThat(lastError.getString("action")).isEqualTo("GetReport");
        assertThat(lastError.getString("requestId")).isEqualTo(requestId);
        assertThat((List<?>) seller.get("pendingWorkflows")).isEmpty();

        for (String secret : List.of(SANDBOX.secretKey(), SANDBOX.accessKey(), SANDBOX.authToken())) {
            assertThat(text).doesNotContain(secret);
            assertThat(json.toJson()).doesNotContain(secret);
        }
    }

    @Test
    void showsEachPollingConsumersStateWatermarkAndLastPoll(@org.junit.jupiter.api.io.TempDir java.nio.file.Path state) throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from(LIST_ORDERS + "&initialLastUpdatedAfter=PT2H&delay=100&stateFile=" + state.resolve("orders.state")).routeId("orders")
                        .to("log:orders?level=TRACE");
            }
        });
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("mws");
        JsonObject consumer = null;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonObject seller = (JsonObject) ((JsonArray) ((JsonObject) console.call(DevConsole.MediaType.JSON)).get("sellers")).get(0);
            consumer = (JsonObject) ((JsonArray) seller.get("consumers")).get(0);
            if (consumer.get("watermark") != null) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(consumer.getString("action")).isEqualTo("ListOrders");
        assertThat(consumer.getString("routeId")).isEqualTo("orders");
        assertThat(consumer.getString("state")).isEqualTo("file");
        assertThat(Instant.parse(consumer.getString("watermark"))).isBefore(SANDBOX.sandbox().clock().instant().plusSeconds(1));
        assertThat(consumer.getLong("sinceLastPollMillis")).isNotNegative();
        assertThat((String) console.call(DevConsole.MediaType.TEXT)).contains("consumer ListOrders (route orders): state in file, watermark 20");
    }
}
