package io.camelmws.sandbox.http;

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
 */
public record IncomingRequest(String method, String rawPath, String host, String userAgent, String contentType,
                              Map<String, String> parameters, boolean formBodyTooLarge) {

    public IncomingRequest {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
