package io.camelmws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The sandbox's own life cycle and configuration: builder, clock, a seller without an auth token, close. */
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
