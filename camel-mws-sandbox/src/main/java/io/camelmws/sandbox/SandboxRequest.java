package io.camelmws.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request as the sandbox received and answered it, for tests to assert on what a client actually sent.
 *
 * @param receivedAt  simulated instant of arrival (see {@link MwsSandbox#clock()})
 * @param method      HTTP method
 * @param path        the path as requested
 * @param host        Host header, or {@code null}
 * @param userAgent   User-Agent header, or {@code null}
 * @param contentType Content-Type header, or {@code null}
 * @param action      the Action parameter, or {@code null}
 * @param parameters  decoded parameters in arrival order; the Signature value is replaced by {@code ****}
 * @param status      HTTP status answered; 0 when the connection was closed without an answer
 * @param errorCode   MWS error code answered, or {@code null} on success or a raw fault
 * @param requestId   the x-mws-request-id answered
 * @param fault       the kind of the {@link FaultRule} that shaped the answer ({@code cutShort}, ...), or {@code null}
 */
public record SandboxRequest(Instant receivedAt, String method, String path, String host, String userAgent,
                             String contentType, String action, Map<String, String> parameters, int status,
                             String errorCode, String requestId, String fault) {

    /** What the log shows instead of a signature: a signature is a replayable credential for 15 minutes. */
    public static final String MASK = "****";

    public SandboxRequest {
        Map<String, String> masked = new LinkedHashMap<>(parameters);
        masked.computeIfPresent("Signature", (name, value) -> MASK);
        parameters = Collections.unmodifiableMap(masked);
    }

    /** A request answered without any fault. */
    public SandboxRequest(Instant receivedAt, String method, String path, String host, String userAgent,
                          String contentType, String action, Map<String, String> parameters, int status,
                          String errorCode, String requestId) {
        this(receivedAt, method, path, host, userAgent, contentType, action, parameters, status, errorCode, requestId,
                null);
    }

    /** One parameter's decoded value, or {@code null}. */
    public String parameter(String name) {
        return parameters.get(name);
    }
}
