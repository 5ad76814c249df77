package io.camelmws.sandbox.server.admin;

import java.util.Objects;

/**
 * The answer of an {@link AdminHandler}: an HTTP status and a JSON document, sent as {@code application/json}.
 *
 * @param status HTTP status, 200-599
 * @param json   the JSON text of the body
 */
public record AdminResponse(int status, String json) {

    public AdminResponse {
        Objects.requireNonNull(json, "json");
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("AdminResponse status must be 200-599, was " + status);
        }
    }

    /** 200 with {@code json}. */
    public static AdminResponse ok(String json) {
        return new AdminResponse(200, json);
    }

    /** {@code status} with {@code {"error": message}}. */
    public static AdminResponse error(int status, String message) {
        return new AdminResponse(status, Json.object("error", message));
    }
}
