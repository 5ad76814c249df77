package io.camelmws.sandbox.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.support.TestSigner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final String SECRET = "s3cr3t+/=&key";
    private final SignatureVerifier verifier = new SignatureVerifier(SECRET);
    private final Map<String, String> parameters = new LinkedHashMap<>(Map.of(
            "Action", "GetServiceStatus", "AWSAccessKeyId", "AKIA", "Note", "caf\u00e9 ~*!'()"));

    private String signedFor(String host) {
        return TestSigner.sign(SECRET, "HmacSHA256", "POST", host, "/Orders/2013-09-01", parameters);
    }

    private boolean verify(String hostHeader, String signature) {
        return verifier.verify("POST", hostHeader, "/Orders/2013-09-01", parameters, SignatureMethod.HmacSHA256,
                signature, 8443);
    }

    @Test
    void acceptsTheHostAsReceivedInAnyCase() {
        assertThat(verify("LocalHost:8443", signedFor("localhost:8443"))).isTrue();
    }

    @Test
    void acceptsAClientThatSignedWithoutThePort() {
        assertThat(verify("localhost:8443", signedFor("localhost"))).isTrue();
    }

    @Test
    void acceptsAClientThatSignedWithThePortTheHostHeaderLacks() {
        assertThat(verify("localhost", signedFor("localhost:8443"))).isTrue();
    }

    @Test
    void refusesAnotherHostOrPort() {
        assertThat(verify("localhost:8443", signedFor("example.com"))).isFalse();
        assertThat(verify("localhost", signedFor("localhost:9999"))).isFalse();
    }

    @Test
    void refusesAnotherMethodPathOrSecret() {
        String signature = signedFor("localhost:8443");
        assertThat(verifier.verify("GET", "localhost:8443", "/Orders/2013-09-01", parameters,
                SignatureMethod.HmacSHA256, signature, 8443)).isFalse();
        assertThat(verifier.verify("POST", "localhost:8443", "/", parameters, SignatureMethod.HmacSHA256,
                signature, 8443)).isFalse();
        assertThat(new SignatureVerifier("other").verify("POST", "localhost:8443", "/Orders/2013-09-01",
                parameters, SignatureMethod.HmacSHA256, signature, 8443)).isFalse();
    }

    @Test
    void checksWithTheAlgorithmTheRequestNamed() {
        String sha1 = TestSigner.sign(SECRET, "HmacSHA1", "POST", "localhost:8443", "/Orders/2013-09-01",
                parameters);
        assertThat(verifier.verify("POST", "localhost:8443", "/Orders/2013-09-01", parameters,
                SignatureMethod.HmacSHA1, sha1, 8443)).isTrue();
        assertThat(verifier.verify("POST", "localhost:8443", "/Orders/2013-09-01", parameters,
                SignatureMethod.HmacSHA256, sha1, 8443)).isFalse();
    }

    @Test
    void stripsOnlyANumericPort() {
        assertThat(SignatureVerifier.stripPort("localhost:8443")).isEqualTo("localhost");
        assertThat(SignatureVerifier.stripPort("[::1]:8443")).isEqualTo("[::1]");
        assertThat(SignatureVerifier.stripPort("[::1]")).isEqualTo("[::1]");
        assertThat(SignatureVerifier.stripPort("localhost")).isEqualTo("localhost");
    }
}
