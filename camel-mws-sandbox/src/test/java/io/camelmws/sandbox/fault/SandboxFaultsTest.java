package io.camelmws.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Failures on demand, served only to requests that got through the front door. */
class SandboxFaultsTest {

    @RegisterExtension
    // GetServiceStatus allows two requests per five minutes; these tests are about other things.
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static HttpResponse<String> serviceStatus() {
        return SignedRequest.to(SANDBOX.sandbox()).send();
    }

    @Test
    void firesAnErrorExactlyTheNumberOfTimesAsked(MwsSandbox sandbox) {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus")
                .error(503, "RequestThrottled", "Request is throttled").times(2));

        HttpResponse<String> first = serviceStatus();
        HttpResponse<String> second = serviceStatus();
        HttpResponse<String> third = serviceStatus();

        assertThat(first.statusCode()).isEqualTo(503);
        Xml xml = Xml.parse(first.body());
        assertThat(xml.text("Code")).isEqualTo("RequestThrottled");
        assertThat(xml.text("Type")).isEmpty();
        assertThat(xml.text("Message")).isEqualTo("Request is throttled");
        assertThat(xml.text("RequestID")).isEqualTo(first.headers().firstValue("x-mws-request-id").orElseThrow());
        assertThat(xml.rootNamespace()).isEqualTo("https://mws.amazonservices.com/Orders/2013-09-01");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(sandbox.requests()).extracting(SandboxRequest::status, SandboxRequest::errorCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(503, "RequestThrottled"),
                        org.assertj.core.groups.Tuple.tuple(503, "RequestThrottled"),
                        org.assertj.core.groups.Tuple.tuple(200, null));
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Test
    void firesOnceByDefaultAndServerErrorsAreTheReceiversFault(MwsSandbox sandbox) {
        sandbox.faults().add(FaultRule.forAnyAction().error(500, "InternalError", "We encountered an internal error"));

        HttpResponse<String> first = serviceStatus();
        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(Xml.parse(first.body()).text("Type")).isEqualTo("Receiver");
        assertThat(Xml.parse(first.body()).text("RequestId")).isNotNull();
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
    }

    @Test
    void servesARawBodyVerbatimUntilCleared(MwsSandbox sandbox) {
        String html = "<html><body>502 Bad Gateway &nbsp; proxy</body></html>";
        sandbox.faults().add(FaultRule.forAnyAction().rawResponse(502, "text/html", html).always());

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = serviceStatus();
            assertThat(response.statusCode()).isEqualTo(502);
            assertThat(response.body()).isEqualTo(html);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
        }
        assertThat(sandbox.requests()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(502);
            assertThat(r.errorCode()).isNull();
        });
        sandbox.faults().clear();
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
    }

    @Test
    void canServeAHostileXmlDocument(MwsSandbox sandbox) {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<GetServiceStatusResponse><GetServiceStatusResult><Status>&x;</Status></GetServiceStatusResult>"
                + "</GetServiceStatusResponse>";
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(200, "text/xml", xxe));
        assertThat(serviceStatus().body()).isEqualTo(xxe);
    }

    @Test
    void encodesARawBodyInTheCharsetItsContentTypeNames(MwsSandbox sandbox) {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus")
                .rawResponse(200, "text/plain;charset=windows-1252", "sku\tname\nA1\tcaf\u00e9\n"));
        HttpResponse<String> response = serviceStatus();
        // The client decodes with the declared windows-1252: UTF-8 bytes would come out as "cafÃ©".
        assertThat(response.body()).isEqualTo("sku\tname\nA1\tcaf\u00e9\n");
        assertThat(response.headers().firstValue("x-mws-request-id")).isPresent();
    }

    @Test
    void firesOnlyForItsActionAndAfterAuthentication(MwsSandbox sandbox) {
        sandbox.faults().add(FaultRule.forAction("ListOrders").error(400, "InvalidParameterValue", "bad").always());
        assertThat(serviceStatus().statusCode()).isEqualTo(200);

        sandbox.faults().add(FaultRule.forAnyAction().error(503, "ServiceUnavailable", "down"));
        HttpResponse<String> unauthenticated = SignedRequest.to(sandbox).secretKey("wrong").send();
        assertThat(Xml.parse(unauthenticated.body()).text("Code")).isEqualTo("SignatureDoesNotMatch");
        assertThat(sandbox.faults().pending()).hasSize(2);

        assertThat(SignedRequest.to(sandbox).action("ListOrders").send().statusCode()).isEqualTo(400);
        assertThat(sandbox.requests().get(sandbox.requests().size() - 1).errorCode())
                .isEqualTo("InvalidParameterValue");
    }

    @Test
    void firstMatchingRuleWins(MwsSandbox sandbox) {
        sandbox.faults().add(FaultRule.forAction("GetServiceStatus").error(503, "RequestThrottled", "first"),
                FaultRule.forAnyAction().error(503, "QuotaExceeded", "second"));
        assertThat(Xml.parse(serviceStatus().body()).text("Message")).isEqualTo("first");
        assertThat(Xml.parse(serviceStatus().body()).text("Message")).isEqualTo("second");
        assertThat(serviceStatus().statusCode()).isEqualTo(200);
    }

    @Test
    void refusesNonsenseRules() {
        assertThatThrownBy(() -> FaultRule.forAnyAction().error(503, "X", "y").times(0))
                .hasMessageContaining("times");
        assertThatThrownBy(() -> FaultRule.forAnyAction().rawResponse(99, "text/plain", ""))
                .hasMessageContaining("99");
        assertThat(FaultRule.forAction("GetReport").error(404, "InvalidReportId", "m").always().toString())
                .contains("GetReport", "404", "InvalidReportId", "always");
    }
}
