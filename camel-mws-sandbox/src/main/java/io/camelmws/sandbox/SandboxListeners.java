package io.camelmws.sandbox;

import com.sun.net.httpserver.HttpHandler;
import io.camelmws.sandbox.gateway.MwsHttpHandler;
import io.camelmws.sandbox.http.SandboxHttpServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.function.IntFunction;
import javax.net.ssl.SSLContext;

/**
 * The sandbox's sockets: the HTTP listener and, when given a TLS context, the HTTPS one. Started once, closed
 * once; the same handlers answer on both.
 */
final class SandboxListeners {

    private static final System.Logger LOG = System.getLogger(SandboxListeners.class.getName());

    private final int requestedPort;
    private final int threads;
    private final SSLContext tls;
    private final int requestedHttpsPort;
    private final Map<String, HttpHandler> handlers;

    private volatile SandboxHttpServer server;
    private volatile SandboxHttpServer httpsServer;

    SandboxListeners(MwsSandbox.Builder builder) {
        this.requestedPort = builder.port;
        this.threads = builder.threads;
        this.tls = builder.tls;
        this.requestedHttpsPort = builder.httpsPort;
        this.handlers = Map.copyOf(builder.handlers);
    }

    int requestedPort() {
        return requestedPort;
    }

    /** Binds and starts; {@code mwsHandler} gets the bound HTTP port, which signatures may cover. */
    void start(IntFunction<MwsHttpHandler> mwsHandler) throws IOException {
        SandboxHttpServer http = SandboxHttpServer.bind(requestedPort, threads);
        MwsHttpHandler handler = mwsHandler.apply(http.port());
        http.start(handler, handlers);
        server = http;
        if (tls != null) {
            SandboxHttpServer https = SandboxHttpServer.bindHttps(requestedHttpsPort, threads, tls);
            https.start(handler, handlers);
            httpsServer = https;
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

    /** @throws IllegalStateException before {@link #start} or without {@code https(SSLContext)} */
    SandboxHttpServer https() {
        http();
        SandboxHttpServer running = httpsServer;
        if (running == null) {
            throw new IllegalStateException("The MWS sandbox has no HTTPS listener; build it with https(SSLContext)");
        }
        return running;
    }

    /** Idempotent. */
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
    }

    @Override
    public String toString() {
        SandboxHttpServer running = server;
        return running == null ? "not started" : "127.0.0.1:" + running.port();
    }
}
