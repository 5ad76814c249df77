package io.camelmws.sandbox.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.server.SandboxServer;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSigner;
import io.camelmws.sandbox.support.Xml;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTPS listener: same answers as HTTP, a certificate a client can trust from its PEM, and no other. */
class HttpsListenerTest {

    @TempDir
    static Path directory;

    private static SandboxServer server;
    private static MwsSandbox sandbox;

    @BeforeAll
    static void start() {
        server = SandboxServer.startWithHttps(MwsSandbox.builder().accessKey("AKIAHTTPS00000000001")
                .secretKey("https+secret/=").sellerId("A1HTTPS").throttling(false), directory.resolve("sandbox.pem"));
        sandbox = server.sandbox();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A client that trusts exactly the sandbox's certificate. */
    private static HttpClient trustingOnlyThePem(Path pem) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trusted.setCertificateEntry("sandbox", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest signedServiceStatus() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AWSAccessKeyId", sandbox.accessKey());
        parameters.put("Action", "GetServiceStatus");
        parameters.put("SellerId", sandbox.sellerId());
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("SignatureVersion", "2");
        parameters.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(
                sandbox.clock().wall().instant().truncatedTo(ChronoUnit.SECONDS)));
        parameters.put("Version", "2011-07-01");
        parameters.put("Signature", TestSigner.sign(sandbox.secretKey(), "HmacSHA256", "POST",
                "127.0.0.1:" + sandbox.httpsPort(), "/Sellers/2011-07-01", parameters));
        return HttpRequest.newBuilder(URI.create(sandbox.httpsBaseUrl() + "/Sellers/2011-07-01"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(SignedRequest.formEncode(parameters)))
                .timeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void answersMwsOverTlsToAClientThatTrustsThePem() throws Exception {
        HttpResponse<String> response = trustingOnlyThePem(server.certificatePem())
                .send(signedServiceStatus(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Xml.parse(response.body()).rootNamespace()).isEqualTo("https://mws.amazonservices.com/Sellers/2011-07-01");
        assertThat(response.sslSession()).isPresent();
        assertThat(sandbox.httpsBaseUrl()).isEqualTo("https://127.0.0.1:" + sandbox.httpsPort());
        assertThat(sandbox.httpsPort()).isNotEqualTo(sandbox.port());
        assertThat(sandbox.requests()).last().satisfies(request ->
                assertThat(request.host()).isEqualTo("127.0.0.1:" + sandbox.httpsPort()));

        HttpResponse<String> admin = trustingOnlyThePem(server.certificatePem()).send(HttpRequest.newBuilder(
                URI.create(sandbox.httpsBaseUrl() + "/__sandbox/clock")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void isRefusedByAClientThatDoesNotTrustIt() {
        HttpClient defaultTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> defaultTrust.send(signedServiceStatus(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theCertificateIsForLocalhostAnd127001ForThirtyDays() throws Exception {
        Path pem = server.certificatePem();
        assertThat(pem).isEqualTo(directory.resolve("sandbox.pem"));
        String text = Files.readString(pem);
        assertThat(text).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(pem)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        List<Object> alternativeNames = certificate.getSubjectAlternativeNames().stream()
                .map(name -> (Object) name.get(1)).toList();
        assertThat(alternativeNames).containsExactlyInAnyOrder("localhost", "127.0.0.1");
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
        Duration validity = Duration.between(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant());
        assertThat(validity).isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30).plusMinutes(1));
        certificate.checkValidity();
    }

    @Test
    void aSandboxWithoutHttpsSaysSo() {
        try (SandboxServer plain = SandboxServer.start(MwsSandbox.builder().accessKey("K").secretKey("S")
                .sellerId("A"))) {
            assertThatThrownBy(plain.sandbox()::httpsBaseUrl).hasMessageContaining("https(SSLContext)");
            assertThatThrownBy(plain::certificatePem).hasMessageContaining("startWithHttps");
        }
    }

    @Test
    void aTemporaryCertificateIsDeletedOnClose() {
        Path pem;
        try (SandboxServer temporary = SandboxServer.startWithHttps(MwsSandbox.builder().accessKey("K")
                .secretKey("S").sellerId("A"), null)) {
            pem = temporary.certificatePem();
            assertThat(pem).exists();
            assertThat(pem.getFileName().toString()).endsWith(".pem");
        }
        assertThat(pem).doesNotExist();
    }
}
