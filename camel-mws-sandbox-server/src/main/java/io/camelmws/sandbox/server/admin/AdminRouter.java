package io.camelmws.sandbox.server.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the admin API under {@link #PREFIX}: finds the route by method and exact path and answers its JSON.
 * Unknown paths answer 404, known paths with another method 405, both as {@code {"error": "..."}}.
 */
public final class AdminRouter implements HttpHandler {

    /** Every admin path starts with this; MWS has no such path. */
    public static final String PREFIX = "/__sandbox/";

    private static final System.Logger LOG = System.getLogger(AdminRouter.class.getName());
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
    /** Admin bodies are small JSON documents; a larger one is a mistake, not something to buffer. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    /** Path, then method. */
    private final Map<String, Map<String, AdminHandler>> routes = new ConcurrentHashMap<>();

    /**
     * Adds a route.
     *
     * @param method GET, POST, PUT or DELETE
     * @param path   the exact path, starting with {@code /__sandbox/}
     * @throws IllegalArgumentException for another method or path, or a route that exists already
     */
    public void add(String method, String path, AdminHandler handler) {
        Objects.requireNonNull(handler, "handler");
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(upper)) {
            throw new IllegalArgumentException("Admin route method must be one of " + METHODS + ", was " + method);
        }
        if (path == null || !path.startsWith(PREFIX) || path.length() == PREFIX.length() || path.contains("?")) {
            throw new IllegalArgumentException("Admin route path must start with " + PREFIX
                    + " and name something after it, without a query, was " + path);
        }
        AdminHandler previous = routes.computeIfAbsent(path, p -> new ConcurrentHashMap<>()).putIfAbsent(upper, handler);
        if (previous != null) {
            throw new IllegalArgumentException("Admin route " + upper + " " + path + " exists already");
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            AdminResponse response = route(exchange);
            byte[] body = response.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
        }
    }

    private AdminResponse route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Map<String, AdminHandler> byMethod = routes.get(path);
        if (byMethod == null) {
            return AdminResponse.error(404, "No admin route " + path + "; known: " + routes.keySet());
        }
        AdminHandler handler = byMethod.get(method);
        if (handler == null) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", byMethod.keySet()));
            return AdminResponse.error(405, "Admin route " + path + " answers " + byMethod.keySet()
                    + ", not " + method);
        }
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return AdminResponse.error(413, "Admin request bodies are limited to " + MAX_BODY_BYTES + " bytes");
        }
        try {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            AdminResponse response = handler.handle(new String(bytes, StandardCharsets.UTF_8), query);
            return response == null ? AdminResponse.ok("{}") : response;
        } catch (IllegalArgumentException e) {
            return AdminResponse.error(400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Admin route " + method + " " + path + " failed", e);
            return AdminResponse.error(500, "Admin route " + method + " " + path + " failed: " + e);
        }
    }

    /**
     * The query's parameters, UTF-8, the first value of a repeated name winning.
     *
     * @throws IllegalArgumentException for a malformed escape, which then answers 400
     */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, value);
            }
        }
        return parameters;
    }
}
