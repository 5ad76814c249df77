package io.camelmws.sandbox.log;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the sandbox received and answered it, for tests to assert on what a client actually sent.
 *
 * @param receivedAt  simulated instant of arrival (see {@link io.camelmws.sandbox.MwsSandbox#clock()})
 * @param method      HTTP method
 * @param path        the path as requested
 * @param host        Host header, or {@code null}
 * @param userAgent   User-Agent header, or {@code null}
 * @param contentType Content-Type header, or {@code null}
 * @param action      the Action parameter, or {@code null}
 * @param parameters  decoded parameters in arrival order; the Signature value is replaced by {@code ****}, the
 *                    AWSAccessKeyId and MWSAuthToken are kept for tests to compare (see {@link
 *                    #printableParameters()} for what may be shown)
 * @param status      HTTP status answered; 0 when the connection was closed without an answer
 * @param errorCode   MWS error code answered, or {@code null} on success or a raw fault
 * @param requestId   the x-mws-request-id answered
 * @param fault       the kind of the {@link io.camelmws.sandbox.fault.FaultRule} that shaped the answer ({@code cutShort}, ...), or {@code null}
 */
public record SandboxRequest(Instant receivedAt, String method, String path, String host, String userAgent,
                             String contentType, String action, Map<String, String> parameters, int status,
                             String errorCode, String requestId, String fault) {

    /** What the log shows instead of a signature: a signature is a replayable credential for 15 minutes. */
    public static final String MASK = CredentialMask.MASK;

    public SandboxRequest {
        parameters = CredentialMask.withoutSignature(parameters);
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

    /**
     * The parameters as the admin API and logs show them: the AWSAccessKeyId and MWSAuthToken cut to their first
     * characters followed by {@code ****}, the Signature masked.
     */
    public Map<String, String> printableParameters() {
        return CredentialMask.printable(parameters);
    }

    /** Without credentials: a request log printed by a failing test ends up in CI logs. */
    @Override
    public String toString() {
        return "SandboxRequest[receivedAt=" + receivedAt + ", method=" + method + ", path=" + path + ", host=" + host
                + ", userAgent=" + userAgent + ", contentType=" + contentType + ", action=" + action
                + ", parameters=" + printableParameters() + ", status=" + status + ", errorCode=" + errorCode
                + ", requestId=" + requestId + ", fault=" + fault + "]";
    }
}
