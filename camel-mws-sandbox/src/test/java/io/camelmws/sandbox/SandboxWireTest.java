package io.camelmws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.RawHttp;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Wire details java.net.http hides: Host header variants, chunked bodies, keep-alive, sloppy Content-Types. */
class SandboxWireTest {

    @RegisterExtension
    // GetServiceStatus allows two requests per five minutes; these tests are about other things.
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static String post(String host, String contentTypeLine, String extraHeaders) {
        return "POST /Orders/2013-09-01 HTTP/1.1\r\nHost: " + host + "\r\n" + contentTypeLine + extraHeaders;
    }

    private static byte[] form(SignedRequest request) {
        return SignedRequest.formEncode(request.finalParameters()).getBytes(StandardCharsets.US_ASCII);
    }

    private static String withLength(byte[] body) {
        return "Content-Length: " + body.length + "\r\n\r\n";
    }

    @Test
    void acceptsAHostHeaderWithoutPortFromAClientThatSignedWithThePort(MwsSandbox sandbox) throws Exception {
        byte[] body = form(SignedRequest.to(sandbox).signedHost("127.0.0.1:" + sandbox.port()));
        try (RawHttp http = new RawHttp(sandbox.port())) {
            RawHttp.Response response = http.exchange(post("127.0.0.1", "Content-Type: application/x-www-form-urlencoded\r\n",
                    withLength(body)), body);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
        assertThat(sandbox.requests().get(0).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void lowercasesTheHostHeaderBeforeChecking(MwsSandbox sandbox) throws Exception {
        String host = "LocalHost:" + sandbox.port();
        byte[] body = form(SignedRequest.to(sandbox).signedHost(host.toLowerCase()));
        try (RawHttp http = new RawHttp(sandbox.port())) {
            assertThat(http.exchange(post(host, "Content-Type: application/x-www-form-urlencoded\r\n",
                    withLength(body)), body).status()).isEqualTo(200);
        }
    }

    @Test
    void readsAChunkedFormBody(MwsSandbox sandbox) throws Exception {
        String form = SignedRequest.formEncode(SignedRequest.to(sandbox)
                .param("Long", "x".repeat(5_000) + " \u00e9").finalParameters());
        try (RawHttp http = new RawHttp(sandbox.port())) {
            RawHttp.Response response = http.exchange(post("127.0.0.1:" + sandbox.port(),
                    "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n",
                    "Transfer-Encoding: chunked\r\n\r\n"), RawHttp.chunked(form, 1000));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
        assertThat(sandbox.requests().get(0).parameter("Long")).endsWith("x \u00e9");
    }

    @Test
    void keepsTheConnectionAliveAcrossRequests(MwsSandbox sandbox) throws Exception {
        try (RawHttp http = new RawHttp(sandbox.port())) {
            for (int i = 0; i < 3; i++) {
                byte[] body = form(SignedRequest.to(sandbox).param("Round", String.valueOf(i)));
                RawHttp.Response response = http.exchange(post("127.0.0.1:" + sandbox.port(),
                        "Content-Type: application/x-www-form-urlencoded\r\n", withLength(body)), body);
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("x-mws-request-id")).isNotBlank();
                assertThat(response.header("x-mws-timestamp")).isNotBlank();
                assertThat(response.header("x-mws-response-context")).isNotBlank();
            }
        }
        assertThat(sandbox.requests()).extracting(r -> r.parameter("Round")).containsExactly("0", "1", "2");
    }

    @Test
    void treatsAMissingOrMisspeltContentTypeAsAForm(MwsSandbox sandbox) throws Exception {
        try (RawHttp http = new RawHttp(sandbox.port())) {
            byte[] body = form(SignedRequest.to(sandbox));
            assertThat(http.exchange(post("127.0.0.1:" + sandbox.port(), "", withLength(body)), body).status())
                    .isEqualTo(200);
            body = form(SignedRequest.to(sandbox));
            assertThat(http.exchange(post("127.0.0.1:" + sandbox.port(), "Content-Type: x-www-form-urlencoded\r\n",
                    withLength(body)), body).status()).isEqualTo(200);
        }
    }

    @Test
    void signsQueryParametersOfAPostToo(MwsSandbox sandbox) throws Exception {
        // SubmitFeed style: every parameter in the query string, the body is something else entirely.
        Map<String, String> parameters = SignedRequest.to(sandbox).finalParameters();
        byte[] body = "<feed/>".getBytes(StandardCharsets.US_ASCII);
        try (RawHttp http = new RawHttp(sandbox.port())) {
            RawHttp.Response response = http.exchange("POST /Orders/2013-09-01?" + SignedRequest.formEncode(parameters)
                    + " HTTP/1.1\r\nHost: 127.0.0.1:" + sandbox.port() + "\r\nContent-Type: text/xml\r\n"
                    + withLength(body), body);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(Xml.parse(response.body()).text("Status")).isEqualTo("GREEN");
        }
    }
}
