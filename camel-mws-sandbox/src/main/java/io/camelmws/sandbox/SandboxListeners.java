package io.camelmws.sandbox;

import io.camelmws.sandbox.admin.AdminRouter;
import io.camelmws.sandbox.gateway.MwsHttpHandler;
import io.camelmws.sandbox.http.SandboxHttpServer;
import io.camelmws.sandbox.tls.SelfSignedCertificate;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * The sandbox's sockets: the HTTP listener and, when asked for, the HTTPS one with its self-signed certificate.
 * Started once, closed once; the same handlers answer on both.
 */
final class SandboxListeners {

    private static final System.Logger LOG = System.getLogger(SandboxListeners.class.getName());

    private final int requestedPort;
    private final int threads;
    private final boolean https;
    private final int requestedHttpsPort;
    private final Path certificateOut;

    private volatile SandboxHttpServer server;
    private volatile SandboxHttpServer httpsServer;
    private volatile SelfSignedCertificate certificate;

    SandboxListeners(MwsSandbox.Builder builder) {
        this.requestedPort = builder.port;
        this.threads = builder.threads;
        this.https = builder.https;
        this.requestedHttpsPort = builder.httpsPort;
        this.certificateOut = builder.certificateOut;
    }

    int requestedPort() {
        return requestedPort;
    }

    /** Binds and starts; {@code mwsHandler} gets the bound HTTP port, which signatures may cover. */
    void start(IntFunction<MwsHttpHandler> mwsHandler, AdminRouter adminRouter) throws IOException {
        SandboxHttpServer http = SandboxHttpServer.bind(requestedPort, threads);
        MwsHttpHandler handler = mwsHandler.apply(http.port());
        http.start(handler, AdminRouter.PREFIX, adminRouter);
        server = http;
        if (https) {
            Path pem = certificateOut != null ? certificateOut
                    : Files.createTempFile("camel-mws-sandbox-", "-cert.pem");
            certificate = SelfSignedCertificate.generate(pem);
            SandboxHttpServer tls = SandboxHttpServer.bindHttps(requestedHttpsPort, threads,
                    certificate.sslContext());
            tls.start(handler, AdminRouter.PREFIX, adminRouter);
            httpsServer = tls;
        }
    }

    boolean started() {
        return server != null;
    }

    /** @throws IllegalStateException before {@link #start} */
    SandboxHttpServer http() {
        SandboxHttpServer running = server;
        if (running == null) {
            throw new IllegalStateException("The MWS sandbox is not started; call start() first");
        }
        return running;
    }

    /** @throws IllegalStateException before {@link #start} or without {@code https(true)} */
    SandboxHttpServer https() {
        http();
        SandboxHttpServer running = httpsServer;
        if (running == null) {
            throw new IllegalStateException("The MWS sandbox has no HTTPS listener; build it with https(true)");
        }
        return running;
    }

    Path certificatePem() {
        https();
        return certificate.pem();
    }

    /** Idempotent; a generated certificate is deleted unless the user asked for it to be kept. */
    void close() {
        SandboxHttpServer running = server;
        if (running != null) {
            running.close();
            LOG.log(Level.DEBUG, "MWS sandbox on port {0} stopped", running.port());
        }
        SandboxHttpServer runningHttps = httpsServer;
        if (runningHttps != null) {
            runningHttps.close();
        }
        SelfSignedCertificate generated = certificate;
        if (generated != null && certificateOut == null) {
            try {
                Files.deleteIfExists(generated.pem());
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "Cannot delete {0}: {1}", generated.pem(), e);
            }
        }
    }

    @Override
    public String toString() {
        SandboxHttpServer running = server;
        return running == null ? "not started" : "127.0.0.1:" + running.port();
    }
}
