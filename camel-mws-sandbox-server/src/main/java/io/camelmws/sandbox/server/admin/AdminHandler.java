package io.camelmws.sandbox.server.admin;

import java.util.Map;

/**
 * One route of the sandbox's admin API under {@code /__sandbox/}: JSON in, JSON out, never MWS-authenticated
 * (the server listens on loopback only) and never written to the MWS request log.
 * <pre>{@code
 * server.addAdminRoute("POST", "/__sandbox/things", (body, query) -> {
 *     Map<String, Object> thing = Json.parseObject(body);   // IllegalArgumentException unless a flat JSON object
 *     String id = store.add(thing);
 *     return AdminResponse.ok(Json.object("id", id));
 * });
 * }</pre>
 * An {@link IllegalArgumentException} thrown here is answered 400 with its message as {@code {"error": "..."}};
 * any other exception 500.
 */
@FunctionalInterface
public interface AdminHandler {

    /**
     * @param body  the request body as UTF-8 text, empty when there is none
     * @param query the decoded query parameters ({@code ?id=1&full=true}), in order; empty when there are none
     * @return the status and JSON text to answer
     */
    AdminResponse handle(String body, Map<String, String> query);
}
