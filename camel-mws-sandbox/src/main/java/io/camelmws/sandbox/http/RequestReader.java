package io.camelmws.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an {@link HttpExchange} into an {@link IncomingRequest}: parameters from the query string and, for a
 * form POST, from the body (REFERENCE 12 item 3). Any other body (a feed for SubmitFeed) is left unread for
 * the operation that owns it.
 */
public final class RequestReader {

    private final int maxFormBodyBytes;

    public RequestReader(int maxFormBodyBytes) {
        this.maxFormBodyBytes = maxFormBodyBytes;
    }

    public IncomingRequest read(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        String method = exchange.getRequestMethod();
        String contentType = headers.getFirst("Content-Type");
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();

        Map<String, String> parameters = new LinkedHashMap<>();
        FormDecoder.decodeInto(uri.getRawQuery(), parameters);
        boolean tooLarge = false;
        if ("POST".equals(method) && isForm(contentType)) {
            InputStream body = exchange.getRequestBody();
            byte[] bytes = body.readNBytes(maxFormBodyBytes + 1);
            if (bytes.length > maxFormBodyBytes) {
                tooLarge = true;
            } else {
                FormDecoder.decodeInto(bytes, bytes.length, parameters);
            }
        }
        return new IncomingRequest(method, rawPath, headers.getFirst("Host"), headers.getFirst("User-Agent"),
                contentType, parameters, tooLarge);
    }

    /**
     * A missing Content-Type counts as a form, and so does the docs' misspelt {@code x-www-form-urlencoded}
     * without {@code application/}; a charset parameter is allowed but not needed.
     */
    static boolean isForm(String contentType) {
        return contentType == null || contentType.isBlank()
                || contentType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded");
    }
}
