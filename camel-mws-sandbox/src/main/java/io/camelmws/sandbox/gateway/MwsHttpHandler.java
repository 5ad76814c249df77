package io.camelmws.sandbox.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.clock.SimulationClock;
import io.camelmws.sandbox.http.IncomingRequest;
import io.camelmws.sandbox.http.RequestIds;
import io.camelmws.sandbox.http.RequestReader;
import io.camelmws.sandbox.log.RequestLog;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsTimestamps;
import io.camelmws.sandbox.response.SandboxResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The HTTP side of one request: read it, let the {@link MwsGateway} decide, record it, write the answer with
 * the headers every MWS response carries.
 */
public final class MwsHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(MwsHttpHandler.class.getName());

    private final SimulationClock clock;
    private final RequestReader reader;
    private final MwsGateway gateway;
    private final RequestLog requestLog;

    public MwsHttpHandler(SimulationClock clock, RequestReader reader, MwsGateway gateway, RequestLog requestLog) {
        this.clock = clock;
        this.reader = reader;
        this.gateway = gateway;
        this.requestLog = requestLog;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            // Clients stamp requests with real time: the Timestamp window and x-mws-timestamp follow the wall
            // clock; everything the operation does follows the simulated one.
            Instant wallNow = clock.wall().instant();
            Instant now = clock.instant();
            String requestId = RequestIds.next();
            // One timestamp for the header and for bodies that repeat it (GetServiceStatus), so they agree.
            String timestamp = MwsTimestamps.header(wallNow);
            IncomingRequest request = reader.read(exchange);
            MwsGateway.Decision decision = decide(request, wallNow, now, timestamp, requestId);
            SandboxResponse response = decision.response();
            // Recorded before answering: a test that has its response can rely on the log entry.
            requestLog.record(new SandboxRequest(now, request.method(), request.rawPath(), request.host(),
                    request.userAgent(), request.contentType(), request.parameter("Action"), request.parameters(),
                    response.status(), response.errorCode(), requestId, decision.fault()));
            if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(Level.DEBUG, "{0} {1} Action={2} -> {3} {4} ({5})", request.method(), request.rawPath(),
                        request.parameter("Action"), response.status(),
                        response.errorCode() == null ? "" : response.errorCode(), requestId);
            }
            // A delay fault holds the answer back only now: the log keeps the order in which requests arrived.
            if (!response.delay().isZero() && !holdBack(response.delay())) {
                return;
            }
            if (response.isConnectionReset()) {
                // Closing an exchange whose headers were never sent closes the connection: no byte is answered.
                return;
            }
            write(exchange, response, requestId, timestamp, now);
        } finally {
            exchange.close();
        }
    }

    /** Waits {@code delay} of wall time; false when interrupted, as the server stops: then nothing is answered. */
    private static boolean holdBack(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private MwsGateway.Decision decide(IncomingRequest request, Instant wallNow, Instant now, String timestamp,
                                       String requestId) {
        try {
            return gateway.decide(request, wallNow, now, timestamp, requestId);
        } catch (RuntimeException e) {
            // A sandbox bug must look like an MWS InternalError to the client, not like a dropped connection.
            LOG.log(Level.WARNING, "The sandbox failed on request " + requestId, e);
            MwsError error = MwsError.of(500, "InternalError",
                    "The sandbox failed: " + e.getClass().getSimpleName() + " (request " + requestId + ")");
            return new MwsGateway.Decision(SandboxResponse.error(error, SectionCatalog.GATEWAY_NAMESPACE, requestId),
                    null);
        }
    }

    /**
     * Makes closing {@code exchange} close its connection instead of ending the message: a body that failed part way
     * must look cut short to the client. (Closing normally would send a chunked body's last chunk, turning it into a
     * complete, shorter answer; the JDK server closes the connection when closing the response stream fails.)
     */
    private static void abort(HttpExchange exchange) {
        exchange.setStreams(null, new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("The answer was aborted");
            }

            @Override
            public void close() throws IOException {
                throw new IOException("The answer was aborted");
            }
        });
    }

    private static void write(HttpExchange exchange, SandboxResponse response, String requestId, String timestamp,
                              Instant simulatedNow) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        headers.set("x-mws-request-id", requestId);
        headers.set("x-mws-timestamp", timestamp);
        // The sandbox's own: the simulated time its payloads are dated in (SubmittedDate, ...), which differs from
        // x-mws-timestamp when the clock is scaled or advanced. A client that looks a submission up by date needs it.
        headers.set("x-mws-sandbox-time", MwsTimestamps.header(simulatedNow));
        headers.set("x-mws-response-context", RequestIds.responseContext());
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            headers.set(header.getKey(), header.getValue());
        }
        if (response.stream() != null) {
            long length = response.stream().length();
            // The JDK server takes 0 to mean chunked; -1 would mean no body at all.
            exchange.sendResponseHeaders(response.status(), length < 0 ? 0 : length);
            OutputStream out = exchange.getResponseBody();
            try {
                response.stream().writeTo(out);
            } catch (IOException | RuntimeException e) {
                abort(exchange);
                throw e;
            }
            out.close();
            return;
        }
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
