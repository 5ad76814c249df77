package io.camelmws.sandbox;

import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.gateway.GatewayLimits;
import io.camelmws.sandbox.gateway.MwsGateway;
import io.camelmws.sandbox.gateway.RequestAuthenticator;
import io.camelmws.sandbox.gateway.SandboxAccount;
import io.camelmws.sandbox.http.MwsHttpHandler;
import io.camelmws.sandbox.http.RequestReader;
import io.camelmws.sandbox.http.SandboxHttpServer;
import io.camelmws.sandbox.log.RequestLog;
import io.camelmws.sandbox.operation.OperationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A local Amazon MWS on a real HTTP server at 127.0.0.1: it verifies Signature Version 2, applies MWS's
 * front-door checks, answers in each section's namespace, records every request and fails on demand.
 * <pre>{@code
 * try (MwsSandbox sandbox = MwsSandbox.builder().accessKey("AKIA...").secretKey("...").sellerId("A2...")
 *         .build().start()) {
 *     // point the client at sandbox.baseUrl()
 * }
 * }</pre>
 */
public final class MwsSandbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MwsSandbox.class.getName());

    private final SandboxAccount account;
    private final int requestedPort;
    private final Clock clock;
    private final int threads;
    private final SandboxFaults faults = new SandboxFaults();
    private final RequestLog requestLog;

    private volatile SandboxHttpServer server;
    private volatile boolean closed;

    private MwsSandbox(Builder builder) {
        this.account = new SandboxAccount(builder.accessKey, builder.secretKey, builder.sellerId, builder.authToken);
        this.requestedPort = builder.port;
        this.clock = builder.clock;
        this.threads = builder.threads;
        this.requestLog = new RequestLog(builder.requestLogCapacity);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts answering. Returns this sandbox, for {@code builder()...build().start()}.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public synchronized MwsSandbox start() {
        if (server != null || closed) {
            throw new IllegalStateException("An MwsSandbox can be started only once");
        }
        try {
            SandboxHttpServer http = SandboxHttpServer.bind(requestedPort, threads);
            SectionCatalog catalog = SectionCatalog.standard();
            MwsGateway gateway = new MwsGateway(catalog, new RequestAuthenticator(account, http.port()), faults,
                    OperationRegistry.standard(catalog));
            http.start(new MwsHttpHandler(clock, new RequestReader(GatewayLimits.MAX_FORM_BODY_BYTES), gateway,
                    requestLog));
            server = http;
        } catch (IOException e) {
            throw new UncheckedIOException("The MWS sandbox cannot listen on 127.0.0.1:" + requestedPort, e);
        }
        LOG.log(Level.DEBUG, "MWS sandbox listening on {0} for {1}", baseUrl(), account);
        return this;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + running().host() + ":" + running().port();
    }

    /** The port actually bound (useful after {@code port(0)}). */
    public int port() {
        return running().port();
    }

    public String accessKey() {
        return account.accessKey();
    }

    public String secretKey() {
        return account.secretKey();
    }

    public String sellerId() {
        return account.sellerId();
    }

    /** The MWSAuthToken the sandbox requires, or {@code null} when it requires none. */
    public String authToken() {
        return account.authToken();
    }

    /** The clock the sandbox judges timestamps by and stamps responses with. */
    public Clock clock() {
        return clock;
    }

    /** Every request received since start or the last {@link #clearRequests()}, oldest first (bounded). */
    public List<SandboxRequest> requests() {
        return requestLog.snapshot();
    }

    public void clearRequests() {
        requestLog.clear();
    }

    /** The faults to serve instead of normal answers. */
    public SandboxFaults faults() {
        return faults;
    }

    /** Stops the server; a closed sandbox cannot be restarted. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        SandboxHttpServer running = server;
        if (running != null) {
            running.close();
            LOG.log(Level.DEBUG, "MWS sandbox on port {0} stopped", running.port());
        }
    }

    @Override
    public String toString() {
        SandboxHttpServer running = server;
        return "MwsSandbox[" + (running == null ? "not started" : "127.0.0.1:" + running.port()) + ", " + account
                + "]";
    }

    private SandboxHttpServer running() {
        SandboxHttpServer running = server;
        if (running == null) {
            throw new IllegalStateException("The MWS sandbox is not started; call start() first");
        }
        return running;
    }

    /** Configuration of a sandbox. {@code accessKey}, {@code secretKey} and {@code sellerId} are required. */
    public static final class Builder {

        private int port;
        private String accessKey;
        private String secretKey;
        private String sellerId;
        private String authToken;
        private Clock clock = Clock.systemUTC();
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int requestLogCapacity = 10_000;

        private Builder() {
        }

        /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0-65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** The AWSAccessKeyId the sandbox accepts. */
        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /** The secret key signatures are checked with. */
        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        /** The SellerId / Merchant the sandbox accepts. */
        public Builder sellerId(String sellerId) {
            this.sellerId = sellerId;
            return this;
        }

        /**
         * The MWSAuthToken every request must carry ({@code amzn.mws.<uuid>}), as for a third-party developer.
         * {@code null} or empty (the default): requests must carry no token, or an empty one.
         */
        public Builder authToken(String authToken) {
            this.authToken = authToken;
            return this;
        }

        /** The sandbox's notion of now, for Timestamp checks and response timestamps. Default: system UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Worker threads answering requests concurrently. Default: twice the processors, at least 4. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** How many requests {@link MwsSandbox#requests()} keeps; older ones are dropped. Default: 10 000. */
        public Builder requestLogCapacity(int requestLogCapacity) {
            if (requestLogCapacity < 1) {
                throw new IllegalArgumentException("requestLogCapacity must be at least 1, was "
                        + requestLogCapacity);
            }
            this.requestLogCapacity = requestLogCapacity;
            return this;
        }

        /** @throws IllegalArgumentException naming a missing or blank required option */
        public MwsSandbox build() {
            return new MwsSandbox(this);
        }
    }
}
