package io.camelmws.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault kind as a client meets it on the wire, and as the request log records it. */
class FaultKindsTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static HttpResponse<String> serviceStatus() {
        return SignedRequest.to(SANDBOX.sandbox()).send();
    }

    /** What a socket received: the head as text and the body bytes, up to the server closing the connection. */
    record Raw(String head, byte[] body, int totalBytes) {
        int contentLength() {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring(15).trim());
                }
            }
            return -1;
        }
    }

    /** Sends a signed GetServiceStatus over a plain socket and reads until the server closes. */
    private static Raw rawServiceStatus(MwsSandbox sandbox) throws IOException {
        byte[] form = SignedRequest.formEncode(SignedRequest.to(sandbox).finalParameters())
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /Orders/2013-09-01 HTTP/1.1\r\nHost: 127.0.0.1:" + sandbox.port()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\nContent-Length: "
                    + form.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(form);
            out.flush();
            byte[] all = readToEnd(socket.getInputStream());
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return new Raw(text, new byte[0], all.length);
            }
            byte[] body = new byte[all.length - end - 4];
            System.arraycopy(all, end + 4, body, 0, body.length);
            return new Raw(text.substring(0, end), body, all.length);
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a reset after the bytes that arrived is what some stacks report instead of end-of-stream
        }
        return all.toByteArray();
    }

    /** A chunked body decoded: its data, and whether the last (empty) chunk ended it. */
    record Dechunked(byte[] data, boolean complete) {
    }

    private static Dechunked dechunk(byte[] body) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                return new Dechunked(data.toByteArray(), false);
            }
            int size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
            int start = lineEnd + 2;
            if (size == 0) {
                return new Dechunked(data.toByteArray(), text.startsWith("\r\n", start));
            }
            data.write(body, start, Math.min(size, body.length - start));
            if (start + size + 2 > body.length) {
                return new Dechunked(data.toByteArray(), false);
            }
            at = start + size + 2;
        }
    }

    private static SandboxRequest lastLogged(MwsSandbox sandbox) {
        List<SandboxRequest> requests = sandbox.requests();
        return requests.get(requests.size() - 1);
    }

    @Test
    void throttledInternalErrorAndServiceUnavailableAreMwsErrorResponses(MwsSandbox sandbox) {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").throttled(),
                FaultRule.forAnyAction().internalError(), FaultRule.forAnyAction().serviceUnavailable());

        HttpResponse<String> throttled = serviceStatus();
        HttpResponse<String> internal = serviceStatus();
        HttpResponse<String> unavailable = serviceStatus();

        assertThat(throttled.statusCode()).isEqualTo(503);
        assertThat(Xml.parse(throttled.body()).text("Code")).isEqualTo("RequestThrottled");
        assertThat(Xml.parse(throttled.body()).text("Message")).isEqualTo("Request is throttled");
        assertThat(Xml.parse(throttled.body()).text("RequestID")).isNotBlank();
        assertThat(internal.statusCode()).isEqualTo(500);
        assertThat(Xml.parse(internal.body()).text("Code")).isEqualTo("InternalError");
        assertThat(Xml.parse(internal.body()).text("Type")).isEqualTo("Receiver");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(Xml.parse(unavailable.body()).text("Code")).isEqualTo("ServiceUnavailable");
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
        assertThat(sandbox.requests()).extracting(SandboxRequest::status, SandboxRequest::errorCode,
                SandboxRequest::fault).containsExactly(
                org.assertj.core.groups.Tuple.tuple(503, "RequestThrottled", "throttled"),
                org.assertj.core.groups.Tuple.tuple(500, "InternalError", "internalError"),
                org.assertj.core.groups.Tuple.tuple(503, "ServiceUnavailable", "serviceUnavailable"),
                org.assertj.core.groups.Tuple.tuple(200, null, null));
    }

    @Test
    void connectionResetClosesWithoutSendingAByte(MwsSandbox sandbox) throws IOException {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").connectionReset().times(2));

        assertThat(rawServiceStatus(sandbox).totalBytes()).isZero();
        assertThatThrownBy(FaultKindsTest::serviceStatus).hasRootCauseInstanceOf(IOException.class);
        assertThat(rawServiceStatus(sandbox).head()).startsWith("HTTP/1.1 200");

        SandboxRequest reset = sandbox.requests().get(0);
        assertThat(reset.status()).isZero();
        assertThat(reset.errorCode()).isEqualTo("ConnectionReset");
        assertThat(reset.fault()).isEqualTo("connectionReset");
    }

    @Test
    void delayAnswersNormallyAfterTheDelay(MwsSandbox sandbox) {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").delay(Duration.ofMillis(400)));
        long start = System.nanoTime();
        HttpResponse<String> late = serviceStatus();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(Xml.parse(late.body()).text("Status")).isEqualTo("GREEN");
        assertThat(tookMillis).isGreaterThanOrEqualTo(400);
        assertThat(lastLogged(sandbox).fault()).isEqualTo("delay");
    }

    @Test
    void chunkedRawResponseSendsTheBodyInChunksWithoutAContentLength(MwsSandbox sandbox) throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<GetServiceStatusResponse>" + "x".repeat(20_000)
                + "</GetServiceStatusResponse>";
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").chunkedRawResponse(200, "text/xml", xml, 1));

        Raw raw = rawServiceStatus(sandbox);

        assertThat(raw.head()).startsWith("HTTP/1.1 200").containsIgnoringCase("Transfer-encoding: chunked");
        assertThat(raw.contentLength()).isEqualTo(-1);
        Dechunked body = dechunk(raw.body());
        assertThat(body.complete()).isTrue();
        assertThat(new String(body.data(), StandardCharsets.UTF_8)).isEqualTo(xml);
        assertThat(lastLogged(sandbox).fault()).isEqualTo("rawResponse");
        assertThat(lastLogged(sandbox).status()).isEqualTo(200);
    }

    @Test
    void chunkedRawResponseCutShortClosesTheConnectionWithoutTheLastChunk(MwsSandbox sandbox) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<GetServiceStatusResponse>" + "y".repeat(20_000)
                + "</GetServiceStatusResponse>").getBytes(StandardCharsets.UTF_8);
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").chunkedRawResponse(200, "text/xml", xml, 0.5)
                .times(2));

        Dechunked body = dechunk(rawServiceStatus(sandbox).body());

        assertThat(body.complete()).isFalse();
        assertThat(body.data()).isEqualTo(Arrays.copyOf(xml, xml.length / 2));
        assertThatThrownBy(FaultKindsTest::serviceStatus).hasRootCauseInstanceOf(IOException.class);
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
    }

    @Test
    void trickleWritesTheWholeAnswerSlowly(MwsSandbox sandbox) {
        int normalLength = serviceStatus().body().length();
        int bytesPerSecond = 1_000;
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").trickle(bytesPerSecond));
        long start = System.nanoTime();
        HttpResponse<String> slow = serviceStatus();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(Xml.parse(slow.body()).text("Status")).isEqualTo("GREEN");
        assertThat(slow.body()).hasSize(normalLength);
        assertThat(tookMillis).isGreaterThanOrEqualTo(normalLength * 1_000L / bytesPerSecond * 9 / 10);
        assertThat(lastLogged(sandbox).fault()).isEqualTo("trickle");
    }

    @Test
    void cutShortAnnouncesTheFullLengthSendsAFractionAndCloses(MwsSandbox sandbox) throws IOException {
        Raw whole = rawServiceStatus(sandbox);
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").cutShort(0.5));
        Raw cut = rawServiceStatus(sandbox);

        assertThat(cut.head()).startsWith("HTTP/1.1 200");
        int announced = cut.contentLength();
        assertThat(announced).isEqualTo(whole.body().length);
        assertThat(cut.body()).hasSize(announced / 2);
        assertThat(new String(cut.body(), StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\"?>\n<GetServiceStatusResponse");
        assertThatThrownBy(() -> {
            sandbox.faults().add(FaultRule.forAction("GetServiceStatus").cutShort(0.25));
            serviceStatus();
        }).hasRootCauseInstanceOf(IOException.class);
        assertThat(lastLogged(sandbox).status()).isEqualTo(200);
        assertThat(lastLogged(sandbox).fault()).isEqualTo("cutShort");
    }

    @Test
    void wrongContentMd5ReplacesTheDigestOfTheRealAnswer(MwsSandbox sandbox) throws Exception {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").wrongContentMd5());
        HttpResponse<String> answer = serviceStatus();

        assertThat(Xml.parse(answer.body()).text("Status")).isEqualTo("GREEN");
        String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
                .digest(answer.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.headers().firstValue("Content-MD5")).isPresent().get()
                .asString().hasSize(24).endsWith("==").isNotEqualTo(digest);
        assertThat(serviceStatus().headers().firstValue("Content-MD5")).isEmpty();
    }

    @Test
    void malformedXmlEndsTheRealAnswerInsideAnElement(MwsSandbox sandbox) throws IOException {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").malformedXml());
        Raw malformed = rawServiceStatus(sandbox);

        assertThat(malformed.head()).startsWith("HTTP/1.1 200");
        assertThat(malformed.body()).hasSize(malformed.contentLength());
        String body = new String(malformed.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml version=\"1.0\"?>\n<GetServiceStatusResponse").containsPattern("<[^>]*$");
        assertThatThrownBy(() -> Xml.parse(body)).hasMessageStartingWith("Not well-formed XML");
        assertThat(lastLogged(sandbox).fault()).isEqualTo("malformedXml");
    }

    @Test
    void transformsApplyToTheHandlersAnswerEvenWhenItIsAnError(MwsSandbox sandbox) {
        // An operation that is not simulated answers 400 InvalidRequest; the fault alters that real answer.
        sandbox.faults().add(FaultRule.forAction("GetOrder").malformedXml());
        HttpResponse<String> answer = SignedRequest.to(sandbox).action("GetOrder").send();
        assertThat(answer.statusCode()).isBetween(200, 499);
        assertThatThrownBy(() -> Xml.parse(answer.body())).hasMessageStartingWith("Not well-formed XML");
    }

    @Test
    void probabilityWithAFixedSeedFiresOnTheSameRequestsEveryRun() {
        List<Integer> expected = new ArrayList<>();
        Random dice = new Random(42);
        for (int i = 0; i < 30; i++) {
            expected.add(dice.nextDouble() < 0.3 ? 500 : 200);
        }
        for (int run = 0; run < 2; run++) {
            try (MwsSandbox seeded = MwsSandbox.builder().accessKey("AKIASEEDED0000000001").secretKey("seeded+/=")
                    .sellerId("A1SEEDED").throttling(false).faultSeed(42).build().start()) {
                seeded.faults().add(FaultRule.forAnyAction().internalError().probability(0.3));
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    statuses.add(SignedRequest.to(seeded).send().statusCode());
                }
                assertThat(statuses).containsExactlyElementsOf(expected).contains(200, 500);
                assertThat(seeded.faults().pending()).hasSize(1);
            }
        }
    }

    @Test
    void aProbabilisticRuleCanBeCappedAndTimesCountsOnlyFirings() {
        try (MwsSandbox seeded = MwsSandbox.builder().accessKey("AKIASEEDED0000000001").secretKey("seeded+/=")
                .sellerId("A1SEEDED").throttling(false).faultSeed(7).build().start()) {
            seeded.faults().add(FaultRule.forAnyAction().serviceUnavailable().probability(0.5).times(2));
            int failures = 0;
            for (int i = 0; i < 40; i++) {
                failures += SignedRequest.to(seeded).send().statusCode() == 503 ? 1 : 0;
            }
            assertThat(failures).isEqualTo(2);
            assertThat(seeded.faults().pending()).isEmpty();
        }
    }

    @Test
    void rejectsNonsensicalParameters() {
        FaultRule.Target any = FaultRule.forAnyAction();
        assertThatThrownBy(() -> any.cutShort(1.0)).hasMessageContaining("below 1");
        assertThatThrownBy(() -> any.trickle(0)).hasMessageContaining("bytesPerSecond");
        assertThatThrownBy(() -> any.delay(Duration.ofMillis(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> any.internalError().probability(0)).hasMessageContaining("probability");
        assertThatThrownBy(() -> any.internalError().probability(1.5)).hasMessageContaining("1.5");
    }
}
