package io.camelmws.sandbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.fault.Fault;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.server.SandboxServer;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.WebServiceClient;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-alone server's admin API under /__sandbox/, over a socket, with JSON in and out. */
class AdminApiTest {

    private static SandboxServer server;
    private static MwsSandbox sandbox;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(MwsSandbox.builder().accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY).sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID)
                .authToken(MwsSandboxExtension.DEFAULT_AUTH_TOKEN));
        sandbox = server.sandbox();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void noTrafficOfOtherTests() {
        sandbox.faults().clear();
        sandbox.clearRequests();
        sandbox.resetThrottling();
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> admin(String method, String path, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .method(method, body).header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An answer that is a JSON array of objects, read by a parser that is not the sandbox's (numbers: BigDecimal). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> array(HttpResponse<String> response) throws Exception {
        return (List<Map<String, Object>>) Jsoner.deserialize(response.body());
    }

    private static BigDecimal number(String literal) {
        return new BigDecimal(literal);
    }

    @Test
    void listsAndClearsTheRequestLogWithVerdictsButNeverLogsItself() throws Exception {
        sandbox.faults().add(FaultRule.forAnyAction().throttled());
        SignedRequest.to(sandbox).send();
        SignedRequest.to(sandbox).send();

        HttpResponse<String> log = admin("GET", "/__sandbox/requests", null);
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        List<Map<String, Object>> entries = array(log);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).containsEntry("action", "GetServiceStatus").containsEntry("status", number("503"))
                .containsEntry("errorCode", "RequestThrottled").containsEntry("fault", "throttled")
                .containsEntry("path", "/Orders/2013-09-01")
                .containsEntry("requestId", sandbox.requests().get(0).requestId());
        assertThat(entries.get(1)).containsEntry("status", number("200")).containsEntry("errorCode", null);
        assertThat((Map<String, Object>) entries.get(1).get("parameters"))
                .containsEntry("Signature", SandboxRequest.MASK).containsEntry("SellerId", sandbox.sellerId());
        assertThat(Instant.parse((String) entries.get(0).get("receivedAt"))).isNotNull();

        assertThat(admin("DELETE", "/__sandbox/requests", null).statusCode()).isEqualTo(200);
        assertThat(array(admin("GET", "/__sandbox/requests", null))).isEmpty();
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRequestLogShowsOnlyAPrefixOfTheAccessKeyAndAuthToken() throws Exception {
        SignedRequest.to(sandbox).send();

        HttpResponse<String> log = admin("GET", "/__sandbox/requests", null);
        assertThat(log.body()).doesNotContain(sandbox.accessKey()).doesNotContain(sandbox.authToken());
        assertThat((Map<String, Object>) array(log).get(0).get("parameters"))
                .containsEntry("AWSAccessKeyId", sandbox.accessKey().substring(0, 4) + SandboxRequest.MASK)
                .containsEntry("MWSAuthToken", sandbox.authToken().substring(0, 4) + SandboxRequest.MASK)
                .containsEntry("Signature", SandboxRequest.MASK);
        assertThat(sandbox.requests().get(0).toString()).doesNotContain(sandbox.accessKey())
                .doesNotContain(sandbox.authToken()).contains("AKIA" + SandboxRequest.MASK);
        // Tests of the client compare what it sent, so the Java API keeps the identifiers as received.
        assertThat(sandbox.requests().get(0).parameters()).containsEntry("AWSAccessKeyId", sandbox.accessKey())
                .containsEntry("MWSAuthToken", sandbox.authToken());
    }

    @Test
    void armsListsAndClearsFaults() throws Exception {
        HttpResponse<String> armed = admin("POST", "/__sandbox/faults",
                "{\"action\":\"GetServiceStatus\",\"kind\":\"cutShort\",\"fraction\":0.5,\"times\":2}");
        assertThat(armed.statusCode()).as(armed.body()).isEqualTo(201);
        admin("POST", "/__sandbox/faults", "{\"kind\":\"internalError\",\"probability\":0.1}");
        admin("POST", "/__sandbox/faults", "{\"kind\":\"delay\",\"delayMillis\":5,\"always\":true}");

        assertThat(sandbox.faults().pending()).extracting(FaultRule::kind, FaultRule::times).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cutShort", 2),
                org.assertj.core.groups.Tuple.tuple("internalError", FaultRule.ALWAYS),
                org.assertj.core.groups.Tuple.tuple("delay", FaultRule.ALWAYS));
        assertThat(sandbox.faults().pending().get(1).probability()).isEqualTo(0.1);
        List<Map<String, Object>> listed = array(admin("GET", "/__sandbox/faults", null));
        assertThat(listed.get(0)).containsEntry("action", "GetServiceStatus").containsEntry("kind", "cutShort")
                .containsEntry("fraction", number("0.5")).containsEntry("times", number("2"));
        assertThat(listed.get(1)).containsEntry("action", null).containsEntry("always", true)
                .containsEntry("probability", number("0.1")).containsEntry("code", "InternalError");
        assertThat(listed.get(2)).containsEntry("delayMillis", number("5"));

        assertThat(admin("DELETE", "/__sandbox/faults", null).statusCode()).isEqualTo(200);
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Test
    void armsAChunkedRawResponseCutShort() throws Exception {
        HttpResponse<String> armed = admin("POST", "/__sandbox/faults", "{\"kind\":\"rawResponse\",\"status\":200,"
                + "\"contentType\":\"text/xml\",\"body\":\"<a>b</a>\",\"chunked\":true,\"fraction\":0.25}");
        assertThat(armed.statusCode()).as(armed.body()).isEqualTo(201);
        Fault.RawResponse raw = (Fault.RawResponse) sandbox.faults().pending().get(0).fault();
        assertThat(raw.chunked()).isTrue();
        assertThat(raw.fractionSent()).isEqualTo(0.25);
        assertThat(array(admin("GET", "/__sandbox/faults", null)).get(0)).containsEntry("kind", "rawResponse")
                .containsEntry("chunked", true).containsEntry("fraction", number("0.25"));

        HttpResponse<String> notChunked = admin("POST", "/__sandbox/faults",
                "{\"kind\":\"rawResponse\",\"status\":200,\"body\":\"x\",\"fraction\":0.5}");
        assertThat(notChunked.statusCode()).isEqualTo(400);
        assertThat(notChunked.body()).contains("chunked");
    }

    @Test
    void anErrorFaultsTextSurvivesTheRoundTripEscaped() throws Exception {
        String message = "a \"quoted\" \\ back\nslash </Message> \u00e9\u20ac \u0001 \ud83d\ude00";
        String json = Json.object("action", "GetServiceStatus", "kind", "error", "status", 400,
                "code", "InvalidParameterValue", "message", message);
        assertThat(json).doesNotContain("\n").contains("\\\"quoted\\\"").contains("\\u0001");
        assertThat(admin("POST", "/__sandbox/faults", json).statusCode()).isEqualTo(201);

        assertThat(array(admin("GET", "/__sandbox/faults", null)).get(0)).containsEntry("message", message);
        assertThat(((Fault.ErrorFault) sandbox.faults().pending().get(0).fault()).error().message()).isEqualTo(message);
    }

    @Test
    void refusesABadFaultNamingWhatIsWrong() throws Exception {
        HttpResponse<String> unknownKind = admin("POST", "/__sandbox/faults", "{\"kind\":\"explode\"}");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat((String) Json.parseObject(unknownKind.body()).get("error")).contains("explode")
                .contains("cutShort");
        HttpResponse<String> badFraction = admin("POST", "/__sandbox/faults", "{\"kind\":\"cutShort\",\"fraction\":2}");
        assertThat(badFraction.statusCode()).isEqualTo(400);
        assertThat(badFraction.body()).contains("fraction");
        HttpResponse<String> notJson = admin("POST", "/__sandbox/faults", "{kind:cutShort}");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("Malformed JSON");
        HttpResponse<String> unknownMember = admin("POST", "/__sandbox/faults", "{\"kind\":\"delay\",\"delay\":5}");
        assertThat(unknownMember.body()).contains("\\\"delay\\\"");
    }

    @Test
    void showsAndAdvancesTheClock() throws Exception {
        Map<String, Object> before = Json.parseObject(admin("GET", "/__sandbox/clock", null).body());
        assertThat(before).containsEntry("scale", 1.0).containsKeys("wall", "simulated");

        HttpResponse<String> advanced = admin("POST", "/__sandbox/clock/advance", "{\"seconds\":3600}");
        assertThat(advanced.statusCode()).isEqualTo(200);
        Map<String, Object> after = Json.parseObject(advanced.body());
        Duration ahead = Duration.between(Instant.parse((String) after.get("wall")),
                Instant.parse((String) after.get("simulated")));
        assertThat(ahead).isBetween(Duration.ofSeconds(3599), Duration.ofSeconds(3601));
        assertThat(sandbox.clock().advanced()).isGreaterThanOrEqualTo(Duration.ofHours(1));
        assertThat(admin("POST", "/__sandbox/clock/advance", "{\"minutes\":1}").statusCode()).isEqualTo(400);
    }

    @Test
    void switchesThrottlingAndResetsEverything() throws Exception {
        AtomicInteger resets = new AtomicInteger();
        sandbox.register(resets::incrementAndGet);
        SignedRequest.to(sandbox).send();
        SignedRequest.to(sandbox).send();
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(503);

        HttpResponse<String> off = admin("POST", "/__sandbox/throttling", "{\"enabled\":false}");
        assertThat(Json.parseObject(off.body())).containsEntry("enabled", false);
        assertThat(sandbox.throttling()).isFalse();
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
        admin("POST", "/__sandbox/throttling", "{\"enabled\":true}");
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(503);

        sandbox.faults().add(FaultRule.forAnyAction().internalError().always());
        assertThat(admin("POST", "/__sandbox/reset", null).statusCode()).isEqualTo(200);
        assertThat(resets).hasValue(1);
        assertThat(sandbox.faults().pending()).isEmpty();
        assertThat(sandbox.requests()).isEmpty();
        assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
    }

    @Test
    void reseedsTheOrderBookUntilReset() throws Exception {
        OrderBook book = sandbox.orders();
        int builtCount = book.initialOrders();
        long builtSeed = book.seed();

        HttpResponse<String> seeded = admin("POST", "/__sandbox/orders/seed", "{\"count\": 300, \"seed\": 5}");
        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
        assertThat(seeded.body()).contains("\"count\":300", "\"seed\":5", "\"start\":\"" + book.start() + "\"");
        assertThat(book.initialOrders()).isEqualTo(300);
        assertThat(book.seed()).isEqualTo(5);

        HttpResponse<String> refused = admin("POST", "/__sandbox/orders/seed", "{\"count\": -1}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("count");
        assertThat(admin("POST", "/__sandbox/orders/seed", "{\"seed\": \"five\"}").statusCode()).isEqualTo(400);

        assertThat(admin("POST", "/__sandbox/reset", null).statusCode()).isEqualTo(200);
        assertThat(book.initialOrders()).isEqualTo(builtCount);
        assertThat(book.seed()).isEqualTo(builtSeed);
    }

    @Test
    void listsReceivedFeedsAndGivesTheirBodies() throws Exception {
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope><Header><DocumentVersion>1.01"
                + "</DocumentVersion><MerchantIdentifier>M</MerchantIdentifier></Header><MessageType>Inventory"
                + "</MessageType><Message><MessageID>1</MessageID><Inventory><SKU>\u00c4\u00d6-1</SKU><Quantity>2"
                + "</Quantity></Inventory></Message></AmazonEnvelope>\n").getBytes(StandardCharsets.UTF_8);
        String id = WebServiceClient.feeds(sandbox).submitFeed(feed).contentType("text/xml; charset=\"UTF-8\"")
                .send("_POST_INVENTORY_AVAILABILITY_DATA_").assertOk().text("FeedSubmissionId");

        String listed = admin("GET", "/__sandbox/feeds", null).body();
        assertThat(listed).startsWith("[{").contains("\"feedSubmissionId\":\"" + id + "\"")
                .contains("\"declaredCharset\":\"UTF-8\"").contains("\"size\":" + feed.length)
                .contains("\"md5\":\"" + WebServiceClient.md5(feed) + "\"");
        HttpResponse<String> content = admin("GET", "/__sandbox/feeds/content?id=" + id, null);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).contains("\"contentBase64\":\"" + Base64.getEncoder().encodeToString(feed) + "\"");
        assertThat(admin("GET", "/__sandbox/feeds/content?id=1", null).statusCode()).isEqualTo(404);
    }

    @Test
    void otherPackagesAddTheirOwnRoutes() throws Exception {
        server.addAdminRoute("POST", "/__sandbox/test/echo", (body, query) -> new AdminResponse(202,
                Json.object("got", Json.parseObject(body).get("name"), "id", query.get("id"))));
        HttpResponse<String> echoed = admin("POST", "/__sandbox/test/echo?id=a%20b", "{\"name\":\"\u00e9\"}");
        assertThat(echoed.statusCode()).isEqualTo(202);
        assertThat(Json.parseObject(echoed.body())).containsEntry("got", "\u00e9").containsEntry("id", "a b");

        assertThat(admin("GET", "/__sandbox/test/echo", null).statusCode()).isEqualTo(405);
        HttpResponse<String> unknown = admin("GET", "/__sandbox/nothing", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.parseObject(unknown.body()).get("error").toString()).contains("/__sandbox/nothing");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.addAdminRoute("GET", "/orders/seed",
                (body, query) -> AdminResponse.ok("{}"))).hasMessageContaining("/__sandbox/");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.addAdminRoute("POST",
                "/__sandbox/reset", (body, query) -> AdminResponse.ok("{}"))).hasMessageContaining("exists");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void aBrokenRouteAnswers500WithoutStoppingTheServer() throws Exception {
        server.addAdminRoute("GET", "/__sandbox/test/broken", (body, query) -> {
            throw new IllegalStateException("boom");
        });
        HttpResponse<String> broken = admin("GET", "/__sandbox/test/broken", null);
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(broken.body()).contains("boom");
        assertThat(admin("GET", "/__sandbox/clock", null).statusCode()).isEqualTo(200);
    }
}
