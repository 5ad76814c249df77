package io.camelmws.component;

import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.camelmws.component.error.MwsException;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests signed by the component are accepted by the sandbox's independent verifier, whatever the values hold. */
class MwsSigningRouteTest extends MwsTestSupport {

    /** Every character class other MWS clients sign wrongly: space, RFC 3986 reserved, '%', non-ASCII, an emoji. */
    static final String AWKWARD = "a b~c*d!e'f(g)h+i/j=k&l%m;n,o:p?q#r é€ 日本 😀";

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({ "POST,HmacSHA256", "POST,HmacSHA1", "GET,HmacSHA256", "GET,HmacSHA1" })
    void awkwardValuesAreAcceptedWithEachMethodAndAlgorithm(String httpMethod, String algorithm) {
        String body = template.requestBodyAndHeader(
                "mws:GetServiceStatus?section=Orders&httpMethod=" + httpMethod + "&signatureMethod=" + algorithm,
                null, MwsConstants.PARAMETERS, Map.of("SellerOrderId", AWKWARD), String.class);

        assertThat(body).contains("<GetServiceStatusResponse xmlns=\"https://mws.amazonservices.com/Orders/2013-09-01\">")
                .contains("<Status>GREEN</Status>");
        SandboxRequest request = lastReceived();
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.method()).isEqualTo(httpMethod);
        assertThat(request.path()).isEqualTo("/Orders/2013-09-01");
        assertThat(request.host()).isEqualTo("127.0.0.1:" + sandbox().port());
        assertThat(request.parameters())
                .containsEntry("SellerOrderId", AWKWARD)
                .containsEntry("SignatureMethod", algorithm)
                .containsEntry("SignatureVersion", "2")
                .containsEntry("SellerId", SANDBOX.sellerId())
                .containsEntry("MWSAuthToken", SANDBOX.authToken())
                .containsEntry("Version", "2013-09-01");
        assertThat(request.parameters().get("Timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void awkwardValuesInTheUriSurviveWhenWrappedInRaw() {
        template.requestBody("mws:GetServiceStatus?section=Sellers&param.SellerOrderId=RAW(" + AWKWARD + ")", null, String.class);

        assertThat(lastReceived().status()).isEqualTo(200);
        assertThat(lastReceived().parameters()).containsEntry("SellerOrderId", AWKWARD);
    }

    @Test
    void aGetTooLongForOneRequestLineIsSentAsPost() {
        String longValue = "x".repeat(9000);
        template.requestBodyAndHeader("mws:GetServiceStatus?section=Orders&httpMethod=GET", null, MwsConstants.PARAMETERS,
                Map.of("Padding", longValue), String.class);

        assertThat(lastReceived().method()).isEqualTo("POST");
        assertThat(lastReceived().status()).isEqualTo(200);
        assertThat(lastReceived().parameters()).containsEntry("Padding", longValue);
    }

    @Test
    void aWrongSecretIsRefusedWithSignatureDoesNotMatch() {
        assertThatThrownBy(() -> template.requestBody("mws:GetServiceStatus?section=Orders&secretKey=RAW(not+the/right=secret&x)", (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(MwsException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(403);
                    assertThat(e.getHttpResponseCode()).isEqualTo(403);
                    assertThat(e.getErrorCode()).isEqualTo("SignatureDoesNotMatch");
                    assertThat(e.getErrorType()).isEqualTo("Sender");
                    assertThat(e.getRequestId()).isEqualTo(lastReceived().requestId());
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("GetServiceStatus").contains("SignatureDoesNotMatch").doesNotContain("not+the/right");
                });
        assertThat(lastReceived().errorCode()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void sendsTheUserAgentMwsAsksFor() {
        template.requestBody("mws:GetServiceStatus?section=Orders&applicationName=My Tool/X&applicationVersion=2.0 (rc", null, String.class);

        assertThat(lastReceived().userAgent())
                .startsWith("My Tool\\/X/2.0 \\(rc (Language=Java/" + System.getProperty("java.version") + "; Platform=")
                .contains("; MWSClientVersion=camel-mws/");
    }

    @Test
    void feedsAndReportsSendMerchantToTheBarePathOtherSectionsSellerId() {
        callIgnoringMwsErrors("mws:GetReportCount", Map.of());
        SandboxRequest reports = lastReceived();
        // Authentication passed at the bare path: whatever the sandbox answers, it is not a signature or address error.
        assertThat(reports.errorCode()).isNotIn("SignatureDoesNotMatch", "InvalidAddress", "AccessDenied", "InvalidParameterValue");
        assertThat(reports.path()).isEqualTo("/");
        assertThat(reports.parameters()).containsEntry("Merchant", SANDBOX.sellerId()).doesNotContainKey("SellerId")
                .containsEntry("Version", "2009-01-01").containsEntry("Action", "GetReportCount");

        template.requestBody("mws:GetServiceStatus?section=Sellers", null, String.class);
        assertThat(lastReceived().parameters()).containsEntry("SellerId", SANDBOX.sellerId()).doesNotContainKey("Merchant");
    }
}
