package io.camelmws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.support.SignedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the sandbox remembers about each request, for tests that check what a client really sent. */
class SandboxRequestLogTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension();

    @Test
    void recordsEveryDetailAndMasksTheSignature(MwsSandbox sandbox) {
        SignedRequest sent = SignedRequest.to(sandbox).param("Note", "caf\u00e9");
        String signature = sent.finalParameters().get("Signature");
        HttpResponse<String> response = sent.send();

        assertThat(sandbox.requests()).hasSize(1);
        SandboxRequest request = sandbox.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/Orders/2013-09-01");
        assertThat(request.host()).isEqualTo("127.0.0.1:" + sandbox.port());
        assertThat(request.userAgent()).startsWith("camel-mws-sandbox-tests/1.0");
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
        assertThat(request.action()).isEqualTo("GetServiceStatus");
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.errorCode()).isNull();
        assertThat(request.requestId()).isEqualTo(response.headers().firstValue("x-mws-request-id").orElseThrow());
        assertThat(request.receivedAt()).isNotNull();
        assertThat(request.parameters()).containsEntry("Signature", "****")
                .containsEntry("Note", "caf\u00e9")
                .containsEntry("AWSAccessKeyId", sandbox.accessKey());
        assertThat(request.parameters().keySet()).startsWith("AWSAccessKeyId", "SellerId");
        assertThat(request.toString()).doesNotContain(signature);
    }

    @Test
    void recordsRefusedRequestsWithTheirErrorCode(MwsSandbox sandbox) {
        SignedRequest.to(sandbox).secretKey("wrong").send();

        SandboxRequest request = sandbox.requests().get(0);
        assertThat(request.status()).isEqualTo(403);
        assertThat(request.errorCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(request.parameter("Signature")).isEqualTo("****");
    }

    @Test
    void logsADelayedRequestOnArrivalBeforeTheRequestsThatOvertakeIt() throws Exception {
        try (MwsSandbox own = MwsSandbox.builder().accessKey(SANDBOX.accessKey()).secretKey(SANDBOX.secretKey())
                .sellerId(SANDBOX.sellerId()).throttling(false).build().start()) {
            // Longer than the test: closing the sandbox ends the wait; the held-back answer is never needed.
            own.faults().add(FaultRule.forAction("GetServiceStatus").delay(Duration.ofMinutes(10)));
            CompletableFuture.runAsync(() -> SignedRequest.to(own).send());
            awaitLogged(own, 1);

            HttpResponse<String> overtaking = SignedRequest.to(own).send();

            assertThat(overtaking.statusCode()).isEqualTo(200);
            assertThat(own.requests()).extracting(SandboxRequest::fault, SandboxRequest::status)
                    .containsExactly(tuple("delay", 200), tuple(null, 200));
            assertThat(own.requests().get(0).receivedAt()).isBeforeOrEqualTo(own.requests().get(1).receivedAt());
        }
    }

    /** Waits (without asserting how long it takes) until {@code count} requests are logged. */
    private static void awaitLogged(MwsSandbox sandbox, int count) throws InterruptedException {
        for (int attempt = 0; sandbox.requests().size() < count; attempt++) {
            if (attempt == 500) {
                throw new AssertionError("Expected " + count + " logged requests, have " + sandbox.requests());
            }
            Thread.sleep(20);
        }
    }

    @Test
    void returnsSnapshotsAndForgetsOnClear(MwsSandbox sandbox) {
        SignedRequest.to(sandbox).send();
        var before = sandbox.requests();
        SignedRequest.to(sandbox).send();

        assertThat(before).hasSize(1);
        assertThat(sandbox.requests()).hasSize(2);
        sandbox.clearRequests();
        assertThat(sandbox.requests()).isEmpty();
    }
}
