package io.camelmws.component;

import java.io.StringWriter;
import java.util.Base64;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.signing.CanonicalQuery;
import io.camelmws.sandbox.signing.HmacSigner;
import io.camelmws.sandbox.signing.StringToSign;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every logger at TRACE, a successful call and failing ones leave no secret key, auth token or request
 * signature in the log or in exception messages.
 * <p>
 * The one logger left at INFO is HttpClient's {@code org.apache.hc.client5.http.wire}: it is a dump of the
 * socket's bytes, and the component warns at start when it is enabled. HttpClient's request-line loggers stay
 * at TRACE: they are harmless for POST (the default) and the component warns about them for GET (asserted).
 */
class MwsSecretsLoggingTest extends MwsTestSupport {

    private static final StringWriter LOG = new StringWriter();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MwsComponent wrongSecret = new MwsComponent();
        configure(wrongSecret.getConfiguration(), SANDBOX);
        wrongSecret.getConfiguration().setSecretKey("wrong+secret/xyz=");
        context.addComponent("mwsbad", wrongSecret);
        return context;
    }

    @BeforeAll
    static void logEverythingAtTrace() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        WriterAppender capture = WriterAppender.newBuilder().setName("secrets-capture").setTarget(LOG)
                .setLayout(PatternLayout.newBuilder().withPattern("%c %p %m %ex%n").build()).build();
        capture.start();
        configuration.addAppender(capture);
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            logger.setLevel(Level.TRACE);
        }
        configuration.getRootLogger().addAppender(capture, Level.TRACE, null);
        configuration.addLogger("org.apache.hc.client5.http.wire", new LoggerConfig("org.apache.hc.client5.http.wire", Level.INFO, true));
        context.updateLoggers();
    }

    @BeforeEach
    void forgetEarlierTests() {
        LOG.getBuffer().setLength(0);
    }

    @AfterAll
    static void restoreLogging() {
        ((LoggerContext) LogManager.getContext(false)).reconfigure();
    }

    @Test
    void noSecretReachesTheLogOrAnException() {
        Exchange success = template.request("mws:GetServiceStatus?section=Orders", e -> { });
        assertThat(success.getException()).isNull();
        String successSignature = signatureOf(lastReceived(), SANDBOX.secretKey());

        // Secrets belong in component configuration: Camel core itself logs an endpoint's raw URI at TRACE when it creates it.
        Exchange wrongSecret = template.request("mwsbad:GetServiceStatus?section=Orders", e -> { });
        assertThat(wrongSecret.getException()).isNotNull();
        String failedSignature = signatureOf(lastReceived(), "wrong+secret/xyz=");

        sandbox().faults().add(FaultRule.forAction("GetServiceStatus").error(500, "InternalError", "boom").times(1));
        Exchange serverError = template.request("mws:GetServiceStatus?section=Orders&maxRetries=0", e -> { });
        assertThat(serverError.getException()).isNotNull();
        String serverErrorSignature = signatureOf(lastReceived(), SANDBOX.secretKey());

        String log = LOG.toString();
        // The capture works: the component's own TRACE and DEBUG lines are there.
        assertThat(log).contains("io.camelmws.component.http.MwsHttpSender DEBUG Sending POST http://127.0.0.1:")
                .contains("io.camelmws.component.ExchangeRequest TRACE");
        String everything = log + wrongSecret.getException() + serverError.getException() + stackTraces(wrongSecret, serverError);
        for (String secret : new String[] { SANDBOX.secretKey(), "wrong+secret/xyz=", SANDBOX.authToken(), successSignature, failedSignature,
                serverErrorSignature }) {
            assertThat(everything).doesNotContain(secret).doesNotContain(io.camelmws.component.signing.Rfc3986.encode(secret));
        }
    }

    @Test
    void aGetEndpointWarnsThatHttpClientsRequestLineLoggersWouldShowItsSignedQuery() {
        Exchange exchange = template.request("mws:GetServiceStatus?section=Sellers&httpMethod=GET", e -> { });
        assertThat(exchange.getException()).isNull();
        String signature = signatureOf(lastReceived(), SANDBOX.secretKey());

        String ours = LOG.toString().lines().filter(line -> line.startsWith("io.camelmws") || line.startsWith("org.apache.camel"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(ours).contains("io.camelmws.component.MwsEndpoint WARN mws://GetServiceStatus?httpMethod=GET&section=Sellers sends its"
                                  + " signed parameters (Signature, MWSAuthToken) in the request line")
                .doesNotContain(signature).doesNotContain(SANDBOX.authToken()).doesNotContain(SANDBOX.secretKey());
    }

    private static String stackTraces(Exchange... exchanges) {
        StringWriter out = new StringWriter();
        for (Exchange exchange : exchanges) {
            exchange.getException().printStackTrace(new java.io.PrintWriter(out));
        }
        return out.toString();
    }

    /** Recomputes the signature the component sent from what the sandbox received (it masks the Signature itself). */
    private static String signatureOf(SandboxRequest request, String secret) {
        SortedMap<String, String> parameters = new TreeMap<>(request.parameters());
        parameters.remove("Signature");
        // The sandbox's own signer: the signature the request carried, recomputed without the component's code.
        String signature = new HmacSigner(secret).sign(StringToSign.of(request.method(), request.host(), request.path(),
                CanonicalQuery.of(parameters)), io.camelmws.sandbox.signing.SignatureMethod.valueOf(parameters.get("SignatureMethod")));
        assertThat(Base64.getDecoder().decode(signature)).hasSize(32);
        return signature;
    }
}
