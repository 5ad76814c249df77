package io.camelmws.sandbox.fault;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a {@link FaultRule} serves: one record per kind, each knowing its name, its settings
 * and how it shapes the response. A {@link Replacing} fault answers instead of the operation, which then does not
 * run; a {@link Transforming} one alters the operation's real answer.
 */
public sealed interface Fault permits Fault.Replacing, Fault.Transforming {

    /** The name the admin API and the request log use: {@code cutShort}, {@code wrongContentMd5}, ... */
    String kind();

    /** What distinguishes this fault from another of its kind, by the admin API's member names; may be empty. */
    Map<String, Object> settings();

    /**
     * The response the client gets.
     *
     * @param answer the operation's real answer, produced only when this fault needs it
     */
    SandboxResponse serve(Supplier<SandboxResponse> answer, String namespace, String requestId);

    /** A fault answering instead of the operation. */
    sealed interface Replacing extends Fault permits ErrorFault, RawResponse, ConnectionReset {

        SandboxResponse response(String namespace, String requestId);

        @Override
        default SandboxResponse serve(Supplier<SandboxResponse> answer, String namespace, String requestId) {
            return response(namespace, requestId);
        }
    }

    /** A fault altering the operation's real answer, in memory or streamed. */
    sealed interface Transforming extends Fault permits Delay, Trickle, CutShort, WrongContentMd5, MalformedXml {

        SandboxResponse transform(SandboxResponse answer);

        @Override
        default SandboxResponse serve(Supplier<SandboxResponse> answer, String namespace, String requestId) {
            return transform(answer.get());
        }
    }

    /** An MWS ErrorResponse in the namespace of the section addressed. */
    sealed interface ErrorFault extends Replacing permits ErrorResponse, Throttled, InternalServerError,
            ServiceUnavailable {

        MwsError error();

        @Override
        default SandboxResponse response(String namespace, String requestId) {
            return SandboxResponse.error(error(), namespace, requestId);
        }

        @Override
        default Map<String, Object> settings() {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("status", error().status());
            settings.put("code", error().code());
            settings.put("message", error().message());
            return settings;
        }
    }

    /** Any ErrorResponse the test chooses. */
    record ErrorResponse(MwsError error) implements ErrorFault {
        @Override
        public String kind() {
            return "error";
        }
    }

    /** 503 RequestThrottled, as an empty bucket answers. */
    record Throttled() implements ErrorFault {
        private static final MwsError ERROR = MwsErrors.requestThrottled();

        @Override
        public MwsError error() {
            return ERROR;
        }

        @Override
        public String kind() {
            return "throttled";
        }
    }

    /** 500 InternalError, which clients are expected to retry. */
    record InternalServerError() implements ErrorFault {
        private static final MwsError ERROR = MwsError.of(500, "InternalError",
                "We encountered an internal error. Please try again.");

        @Override
        public MwsError error() {
            return ERROR;
        }

        @Override
        public String kind() {
            return "internalError";
        }
    }

    /** 503 ServiceUnavailable, which clients are expected to retry with back-off. */
    record ServiceUnavailable() implements ErrorFault {
        private static final MwsError ERROR = MwsError.of(503, "ServiceUnavailable",
                "Service is temporarily unavailable. Please try again later.");

        @Override
        public MwsError error() {
            return ERROR;
        }

        @Override
        public String kind() {
            return "serviceUnavailable";
        }
    }

    /**
     * Exactly these bytes: an HTML proxy page, a hostile XML document. With a Content-Length, or in chunked
     * transfer coding of which only {@code fractionSent} may be sent (below 1, the connection closes without the
     * last chunk).
     */
    record RawResponse(int status, String contentType, byte[] body, boolean chunked, double fractionSent)
            implements Replacing {
        public RawResponse {
            body = body.clone();
        }

        /** The whole body with a Content-Length. */
        public RawResponse(int status, String contentType, byte[] body) {
            this(status, contentType, body, false, 1);
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public SandboxResponse response(String namespace, String requestId) {
            if (!chunked) {
                return new SandboxResponse(status, contentType, body.clone(), null, Map.of());
            }
            return new SandboxResponse(status, contentType, new byte[0], null, Map.of(),
                    WireFaults.chunked(body.clone(), fractionSent));
        }

        @Override
        public String kind() {
            return "rawResponse";
        }

        @Override
        public Map<String, Object> settings() {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("status", status);
            settings.put("contentType", contentType);
            if (chunked) {
                settings.put("chunked", true);
            }
            if (fractionSent < 1) {
                settings.put("fraction", fractionSent);
            }
            return settings;
        }
    }

    /** The connection closes without a byte. */
    record ConnectionReset() implements Replacing {
        @Override
        public SandboxResponse response(String namespace, String requestId) {
            return SandboxResponse.connectionReset();
        }

        @Override
        public String kind() {
            return "connectionReset";
        }

        @Override
        public Map<String, Object> settings() {
            return Map.of();
        }
    }

    /**
     * The answer after a wait of wall time, on the thread that answers the request; the request is logged when it
     * arrives, before the wait.
     */
    record Delay(Duration duration) implements Transforming {
        @Override
        public SandboxResponse transform(SandboxResponse answer) {
            return answer.withDelay(duration);
        }

        @Override
        public String kind() {
            return "delay";
        }

        @Override
        public Map<String, Object> settings() {
            return Map.of("delayMillis", duration.toMillis());
        }
    }

    /** The answer written slowly. */
    record Trickle(int bytesPerSecond) implements Transforming {
        @Override
        public SandboxResponse transform(SandboxResponse answer) {
            return WireFaults.trickle(answer, bytesPerSecond);
        }

        @Override
        public String kind() {
            return "trickle";
        }

        @Override
        public Map<String, Object> settings() {
            return Map.of("bytesPerSecond", bytesPerSecond);
        }
    }

    /** The full Content-Length announced, a fraction of the body sent, then the connection closed. */
    record CutShort(double fractionSent) implements Transforming {
        @Override
        public SandboxResponse transform(SandboxResponse answer) {
            return WireFaults.cutShort(answer, fractionSent);
        }

        @Override
        public String kind() {
            return "cutShort";
        }

        @Override
        public Map<String, Object> settings() {
            return Map.of("fraction", fractionSent);
        }
    }

    /** The answer with a Content-MD5 that does not match its body. */
    record WrongContentMd5() implements Transforming {
        @Override
        public SandboxResponse transform(SandboxResponse answer) {
            return WireFaults.wrongContentMd5(answer);
        }

        @Override
        public String kind() {
            return "wrongContentMd5";
        }

        @Override
        public Map<String, Object> settings() {
            return Map.of();
        }
    }

    /** The answer ending inside a tag in its second half; the HTTP message is complete. */
    record MalformedXml() implements Transforming {
        @Override
        public SandboxResponse transform(SandboxResponse answer) {
            return WireFaults.malformedXml(answer);
        }

        @Override
        public String kind() {
            return "malformedXml";
        }

        @Override
        public Map<String, Object> settings() {
            return Map.of();
        }
    }
}
