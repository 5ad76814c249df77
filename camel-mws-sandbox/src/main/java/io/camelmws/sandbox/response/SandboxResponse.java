package io.camelmws.sandbox.response;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response decided by the sandbox, before it is written to the wire.
 *
 * @param status      HTTP status
 * @param contentType Content-Type header, or {@code null} for none
 * @param body        the exact body bytes
 * @param errorCode   the MWS error code for the request log, or {@code null} on success
 * @param headers     extra response headers (quota headers, Content-MD5, ...)
 * @param stream      when not null, the body is streamed from it and {@code body} is ignored
 * @param delay       how long to hold the answer back once the request is logged (a {@code delay} fault)
 */
public record SandboxResponse(int status, String contentType, byte[] body, String errorCode,
                              Map<String, String> headers, ResponseBody stream, Duration delay) {

    public static final String TEXT_XML = "text/xml";

    /**
     * The pseudo status of an answer that is no answer at all: the connection is closed before a single byte
     * is written (a {@code connectionReset} fault). The request log records it with code {@code ConnectionReset}.
     */
    public static final int CONNECTION_RESET = 0;

    public SandboxResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(delay, "delay");
    }

    public SandboxResponse(int status, String contentType, byte[] body, String errorCode, Map<String, String> headers,
                           ResponseBody stream) {
        this(status, contentType, body, errorCode, headers, stream, Duration.ZERO);
    }

    public SandboxResponse(int status, String contentType, byte[] body, String errorCode, Map<String, String> headers) {
        this(status, contentType, body, errorCode, headers, null);
    }

    /** A successful answer whose body is written by {@code stream}. */
    public static SandboxResponse streaming(int status, String contentType, Map<String, String> headers, ResponseBody stream) {
        return new SandboxResponse(status, contentType, new byte[0], null, headers, stream);
    }

    /** No response: the connection is closed without a status line. */
    public static SandboxResponse connectionReset() {
        return new SandboxResponse(CONNECTION_RESET, null, new byte[0], "ConnectionReset", Map.of());
    }

    public static SandboxResponse xml(byte[] body) {
        return new SandboxResponse(200, TEXT_XML, body, null, Map.of());
    }

    public static SandboxResponse error(MwsError error, String namespace, String requestId) {
        return new SandboxResponse(error.status(), TEXT_XML, error.toXml(namespace, requestId), error.code(),
                Map.of());
    }

    /** Whether the connection is to be closed instead of answered. */
    public boolean isConnectionReset() {
        return status == CONNECTION_RESET;
    }

    /** This response with {@code extra} headers added; an extra header replaces one of the same name. */
    public SandboxResponse withHeaders(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(headers);
        merged.putAll(extra);
        return new SandboxResponse(status, contentType, body, errorCode, merged, stream, delay);
    }

    /** This response with {@code replacement} as its body (same status, type and headers). */
    public SandboxResponse withBody(byte[] replacement) {
        return new SandboxResponse(status, contentType, replacement, errorCode, headers, null, delay);
    }

    /** This response with its body written by {@code replacement} instead (same status, type and headers). */
    public SandboxResponse withStream(ResponseBody replacement) {
        return new SandboxResponse(status, contentType, new byte[0], errorCode, headers, replacement, delay);
    }

    /** This response, held back {@code wait} (wall time) before it is written. */
    public SandboxResponse withDelay(Duration wait) {
        return new SandboxResponse(status, contentType, body, errorCode, headers, stream, wait);
    }
}
