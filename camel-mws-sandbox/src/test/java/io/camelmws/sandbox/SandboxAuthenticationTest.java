package io.camelmws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A client's view of the front door: what it must send to be let in, and what it hears when it is not. */
class SandboxAuthenticationTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension();

    private static final String ORDERS_NS = "https://mws.amazonservices.com/Orders/2013-09-01";

    /** Value with every character a signer can get wrong: reserved, non-ASCII, an emoji. */
    private static final String AWKWARD = "a b~c*d!e'f(g)h+i/j=k&l%m \u00e9\u20ac \uD83D\uDE00";

    private static SignedRequest request() {
        return SignedRequest.to(SANDBOX.sandbox());
    }

    private static Xml assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Xml xml = Xml.parse(response.body());
        assertThat(xml.rootName()).isEqualTo("ErrorResponse");
        assertThat(xml.text("Code")).isEqualTo(code);
        assertThat(xml.text("Type")).isEqualTo(status >= 500 ? "Receiver" : "Sender");
        String requestId = xml.text("RequestID") != null ? xml.text("RequestID") : xml.text("RequestId");
        assertThat(requestId).isEqualTo(response.headers().firstValue("x-mws-request-id").orElseThrow());
        return xml;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, HmacSHA256", "POST, HmacSHA1", "GET, HmacSHA256", "GET, HmacSHA1"})
    void acceptsCorrectlySignedRequestsWithAwkwardValues(String method, String signatureMethod) {
        HttpResponse<String> response = request().method(method).param("SignatureMethod", signatureMethod)
                .param("SellerOrderId", AWKWARD).param("Empty", "").send();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        SandboxRequest recorded = SANDBOX.sandbox().requests().get(0);
        assertThat(recorded.method()).isEqualTo(method);
        assertThat(recorded.parameter("SellerOrderId")).isEqualTo(AWKWARD);
        assertThat(recorded.parameter("Empty")).isEmpty();
    }

    @Test
    void acceptsAClientThatSignsTheHostWithoutPort() {
        HttpResponse<String> response = request().signedHost("127.0.0.1").send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void acceptsASecretWithReservedCharacters() {
        assertThat(SANDBOX.secretKey()).contains("+", "/", "=", "&");
        assertThat(request().send().statusCode()).isEqualTo(200);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        Xml xml = assertError(request().secretKey("wrong").send(), 403, "SignatureDoesNotMatch");
        assertThat(xml.text("Message")).isEqualTo("The request signature we calculated does not match the signature "
                + "you provided. Check your AWS Secret Access Key and signing method. "
                + "Consult the service documentation for details.");
        assertThat(xml.rootNamespace()).isEqualTo(ORDERS_NS);
        assertThat(xml.text("RequestID")).isNotNull();
    }

    @Test
    void refusesASignatureForAnotherHost() {
        assertError(request().signedHost("mws.amazonservices.com").send(), 403, "SignatureDoesNotMatch");
    }

    @Test
    void refusesAParameterChangedAfterSigning() {
        SignedRequest tampered = request();
        String signature = tampered.finalParameters().get("Signature");
        HttpResponse<String> response = tampered.unsigned().param("Signature", signature)
                .param("SellerOrderId", "added later").send();
        assertError(response, 403, "SignatureDoesNotMatch");
    }

    @Test
    void refusesAnUnknownAccessKey() {
        Xml xml = assertError(request().param("AWSAccessKeyId", "AKIAUNKNOWN000000000").send(), 403,
                "InvalidAccessKeyId");
        assertThat(xml.text("Message")).isEqualTo("The AWS Access Key Id you provided does not exist in our records.");
    }

    @Test
    void checksTheAccessKeyBeforeTheSignature() {
        assertError(request().param("AWSAccessKeyId", "AKIAUNKNOWN000000000").secretKey("wrong").send(), 403,
                "InvalidAccessKeyId");
    }

    @Test
    void refusesAnUnsupportedSignatureMethodOrVersionNamingIt() {
        Xml method = assertError(request().param("SignatureMethod", "HmacMD5").unsigned().param("Signature", "x")
                .send(), 400, "InvalidParameterValue");
        assertThat(method.text("Message")).contains("SignatureMethod", "HmacMD5", "HmacSHA256", "HmacSHA1");
        Xml version = assertError(request().param("SignatureVersion", "1").send(), 400, "InvalidParameterValue");
        assertThat(version.text("Message")).contains("SignatureVersion", "1");
        assertThat(version.text("RequestId")).isNotNull();
    }

    @Test
    void refusesAStaleTimestamp() {
        Instant stale = SANDBOX.sandbox().clock().instant().minus(16, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Xml xml = assertError(request().timestamp(stale).send(), 400, "RequestExpired");
        assertThat(xml.text("Message")).isEqualTo("Request signature is too far in the past and has expired. "
                + "Timestamp date: " + stale);
        assertThat(xml.text("RequestID")).isNotNull();
    }

    @Test
    void refusesATimestampFromTheFuture() {
        Instant future = SANDBOX.sandbox().clock().instant().plus(16, ChronoUnit.MINUTES);
        Xml xml = assertError(request().timestamp(future).send(), 400, "RequestExpired");
        assertThat(xml.text("Message")).contains("too far in the future");
    }

    @Test
    void acceptsAnExpiresInsteadOfATimestampUntilItPasses() {
        Instant now = SANDBOX.sandbox().clock().instant();
        assertThat(request().without("Timestamp").param("Expires", now.plusSeconds(60).toString()).send()
                .statusCode()).isEqualTo(200);
        assertError(request().without("Timestamp").param("Expires", now.minusSeconds(60).toString()).send(), 400,
                "RequestExpired");
    }

    @Test
    void refusesATimestampWithAnOffsetWithoutColon() {
        String timestamp = SANDBOX.sandbox().clock().instant().toString().replaceFirst("\\.\\d+", "")
                .replace("Z", "+0000");
        Xml xml = assertError(request().param("Timestamp", timestamp).send(), 400, "MalformedInput");
        assertThat(xml.text("Message")).isEqualTo("timestamp must follow ISO8601");
    }

    @Test
    void wantsATimestampOrExpires() {
        assertError(request().without("Timestamp").send(), 400, "MissingParameter");
    }

    @Test
    void wantsASeller() {
        Xml xml = assertError(request().without("SellerId").send(), 400, "MissingParameter");
        assertThat(xml.text("Message")).contains("SellerId");
    }

    @Test
    void acceptsMerchantInsteadOfSellerIdInEverySection() {
        assertThat(request().without("SellerId").param("Merchant", SANDBOX.sellerId()).send().statusCode())
                .isEqualTo(200);
    }

    @Test
    void deniesAnotherSeller() {
        Xml xml = assertError(request().param("SellerId", "A2OTHERSELLER").send(), 401, "AccessDenied");
        assertThat(xml.text("Message")).contains("A2OTHERSELLER");
        assertThat(xml.text("RequestID")).isNotNull();
    }

    @Test
    void deniesAWrongOrMissingAuthToken() {
        Xml wrong = assertError(request().param("MWSAuthToken", "amzn.mws.00000000-0000-0000-0000-000000000000")
                .send(), 401, "AccessDenied");
        assertThat(wrong.text("Message")).doesNotContain("amzn.mws.");
        assertError(request().without("MWSAuthToken").send(), 401, "AccessDenied");
        assertError(request().param("MWSAuthToken", "").send(), 401, "AccessDenied");
    }

    @Test
    void refusesAVersionThatIsNotThePaths() {
        Xml xml = assertError(request().param("Version", "2011-01-01").send(), 400, "InvalidParameterValue");
        assertThat(xml.text("Message")).contains("Version", "2011-01-01", "2013-09-01");
    }

    @Test
    void wantsAnAction() {
        Xml xml = assertError(request().without("Action").send(), 400, "MissingParameter");
        assertThat(xml.text("Message")).contains("Action");
    }

    @Test
    void checksTheSignatureBeforeTheSeller() {
        assertError(request().param("SellerId", "A2OTHERSELLER").secretKey("wrong").send(), 403,
                "SignatureDoesNotMatch");
    }
}
