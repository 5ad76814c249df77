package io.camelmws.sandbox.http;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request as the sandbox's checks see it: decoded, independent of the HTTP server that received it.
 *
 * @param method           HTTP method as sent
 * @param rawPath          the path as requested, still percent-encoded (it is what clients sign)
 * @param host             the Host header, or {@code null}
 * @param userAgent        the User-Agent header, or {@code null}
 * @param contentType      the Content-Type header, or {@code null}
 * @param parameters       query and form parameters in arrival order (query first)
 * @param formBodyTooLarge whether a form body was refused for its size (its parameters are then missing)
 * @param document         the body of an operation that carries a document (SubmitFeed), or {@code null}
 */
public record IncomingRequest(String method, String rawPath, String host, String userAgent, String contentType,
                              Map<String, String> parameters, boolean formBodyTooLarge, Document document) {

    public IncomingRequest {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A request without a document body. */
    public IncomingRequest(String method, String rawPath, String host, String userAgent, String contentType,
                           Map<String, String> parameters, boolean formBodyTooLarge) {
        this(method, rawPath, host, userAgent, contentType, parameters, formBodyTooLarge, null);
    }

    /**
     * The body of SubmitFeed (or SubmitFBAOutboundShipmentInvoice), whose parameters all travel in the query
     * string (REFERENCE 4.3): spooled to a temporary file while its MD5 is computed, so a feed of hundreds of MiB
     * never sits in memory. The gateway deletes the file after the operation unless the operation moved it away.
     *
     * @param file             the spooled bytes, or {@code null} when the body was too large and was not kept
     * @param size             bytes received (when too large: bytes read before giving up)
     * @param md5Base64        base64 MD5 of the bytes received, or {@code null} when too large
     * @param contentType      the request's {@code Content-Type} header, or {@code null}
     * @param contentMd5Header the request's {@code Content-MD5} header, or {@code null}
     * @param tooLarge         whether the body exceeded the reader's document limit
     */
    public record Document(Path file, long size, String md5Base64, String contentType, String contentMd5Header,
                           boolean tooLarge) {
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
