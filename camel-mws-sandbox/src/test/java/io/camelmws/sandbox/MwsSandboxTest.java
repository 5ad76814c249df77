package io.camelmws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's own life cycle and configuration: builder, clock, a seller without an auth token, added handlers,
 * close.
 */
class MwsSandboxTest {

    private static MwsSandbox.Builder builder() {
        return MwsSandbox.builder().accessKey("AKIATESTEXAMPLE00001").secretKey("secret/+=&").sellerId("A1SELLER");
    }

    @Test
    void judgesTimestampsAndStampsResponsesWithItsOwnClock() {
        Instant sandboxNow = Instant.parse("2020-05-28T11:22:26.535Z");
        try (MwsSandbox sandbox = builder().clock(Clock.fixed(sandboxNow, ZoneOffset.UTC)).build().start()) {
            HttpResponse<String> realTime = SignedRequest.to(sandbox).timestamp(Instant.now()).send();
            assertThat(realTime.statusCode()).isEqualTo(400);
            assertThat(Xml.parse(realTime.body()).text("Message")).contains("too far in the future");
            assertThat(realTime.headers().firstValue("x-mws-timestamp")).hasValue("2020-05-28T11:22:26.535Z");

            HttpResponse<String> sandboxTime = SignedRequest.to(sandbox).timestamp(sandboxNow.minusSeconds(600)).send();
            assertThat(sandboxTime.statusCode()).as(sandboxTime.body()).isEqualTo(200);
            assertThat(Xml.parse(sandboxTime.body()).text("Timestamp")).isEqualTo("2020-05-28T11:22:26.535Z");
            assertThat(sandbox.requests().get(1).receivedAt()).isEqualTo(sandboxNow);
        }
    }

    @Test
    void anOffsetClockMakesCurrentRequestsStale() {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
        try (MwsSandbox sandbox = builder().clock(ahead).build().start()) {
            HttpResponse<String> response = SignedRequest.to(sandbox).timestamp(Instant.now()).send();
            assertThat(Xml.parse(response.body()).text("Message")).startsWith("Request signature is too far in the past");
        }
    }

    @Test
    void aSellerUsingItsOwnKeysWantsNoToken() {
        try (MwsSandbox sandbox = builder().build().start()) {
            assertThat(sandbox.authToken()).isNull();
            assertThat(SignedRequest.to(sandbox).send().statusCode()).isEqualTo(200);
            assertThat(SignedRequest.to(sandbox).param("MWSAuthToken", "").send().statusCode()).isEqualTo(200);
            HttpResponse<String> withToken = SignedRequest.to(sandbox)
                    .param("MWSAuthToken", "amzn.mws.11111111-2222-3333-4444-555555555555").send();
            assertThat(withToken.statusCode()).isEqualTo(401);
            assertThat(Xml.parse(withToken.body()).text("Code")).isEqualTo("AccessDenied");
        }
    }

    @Test
    void namesTheMissingOption() {
        assertThatThrownBy(() -> MwsSandbox.builder().accessKey("a").secretKey("s").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sellerId");
        assertThatThrownBy(() -> MwsSandbox.builder().accessKey("a").sellerId("s").build())
                .hasMessageContaining("secretKey");
        assertThatThrownBy(() -> MwsSandbox.builder().port(70_000)).hasMessageContaining("70000");
    }

    @Test
    void listensOnLoopbackOnlyAndStopsOnClose() throws IOException {
        MwsSandbox sandbox = builder().port(0).build().start();
        int port = sandbox.port();
        assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertThat(socket.isConnected()).isTrue();
        }
        sandbox.close();
        sandbox.close();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
        assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void servesAnAddedHandlerUnderItsPrefixAndMwsEverywhereElse() throws Exception {
        HttpHandler hello = exchange -> {
            byte[] body = ("hello " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
        try (MwsSandbox sandbox = builder().handler("/__test/", hello).build().start()) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> added = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                    + "/__test/x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(added.body()).isEqualTo("hello /__test/x");
            // In process there is no admin API: its path is an unknown MWS resource, answered in MWS's words.
            HttpResponse<String> admin = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                    + "/__sandbox/clock")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(Xml.parse(admin.body()).rootName()).isEqualTo("ErrorResponse");
            assertThat(sandbox.requests()).extracting(SandboxRequest::path).containsExactly("/__sandbox/clock");
        }
        assertThatThrownBy(() -> builder().handler("/", hello)).hasMessageContaining("pathPrefix");
        assertThatThrownBy(() -> builder().handler("/a", hello).handler("/a", hello))
                .hasMessageContaining("registered already");
    }

    @Test
    void explainsUseBeforeStart() {
        MwsSandbox sandbox = builder().build();
        assertThatThrownBy(sandbox::baseUrl).hasMessageContaining("start()");
    }

    @Test
    void neverShowsItsSecrets() {
        try (MwsSandbox sandbox = builder().authToken("amzn.mws.secret-token").build().start()) {
            assertThat(sandbox.toString()).doesNotContain("secret/+=&").doesNotContain("amzn.mws.secret-token")
                    .contains("AKIATESTEXAMPLE00001");
        }
    }
}
