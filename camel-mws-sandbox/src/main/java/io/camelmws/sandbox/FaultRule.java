package io.camelmws.sandbox;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.SandboxResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * A failure the sandbox serves on demand instead of the normal answer, once a request has passed
 * authentication: an MWS ErrorResponse, or an exact raw body (an HTML proxy page, a hostile XML document).
 * Immutable; {@link SandboxFaults} counts how often it has fired.
 * <pre>{@code
 * sandbox.faults().add(FaultRule.forAction("ListOrders").error(503, "RequestThrottled", "Request is throttled").times(2));
 * sandbox.faults().add(FaultRule.forAnyAction().rawResponse(502, "text/html", "<html>Bad gateway</html>").always());
 * }</pre>
 * A rule fires once unless {@link #times(int)} or {@link #always()} says otherwise.
 */
public final class FaultRule {

    /** {@link #times()} of a rule that never wears out. */
    public static final int ALWAYS = -1;

    private final String action;
    private final int times;
    private final MwsError error;
    private final int rawStatus;
    private final String rawContentType;
    private final byte[] rawBody;

    private FaultRule(String action, int times, MwsError error, int rawStatus, String rawContentType,
                      byte[] rawBody) {
        this.action = action;
        this.times = times;
        this.error = error;
        this.rawStatus = rawStatus;
        this.rawContentType = rawContentType;
        this.rawBody = rawBody;
    }

    /** Starts a rule for requests whose {@code Action} is {@code action}. */
    public static Target forAction(String action) {
        Objects.requireNonNull(action, "action");
        return new Target(action);
    }

    /** Starts a rule for every authenticated request to a known operation. */
    public static Target forAnyAction() {
        return new Target(null);
    }

    /** This rule, firing for the next {@code count} matching requests. */
    public FaultRule times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("FaultRule times must be at least 1, was " + count);
        }
        return new FaultRule(action, count, error, rawStatus, rawContentType, rawBody);
    }

    /** This rule, firing for every matching request until the faults are cleared. */
    public FaultRule always() {
        return new FaultRule(action, ALWAYS, error, rawStatus, rawContentType, rawBody);
    }

    /** The action matched, or {@code null} for any action. */
    public String action() {
        return action;
    }

    /** How many times the rule fires, or {@link #ALWAYS}. */
    public int times() {
        return times;
    }

    public boolean matches(String requestAction) {
        return action == null || action.equals(requestAction);
    }

    /** The response to serve, in the namespace of the section the request addressed. */
    public SandboxResponse response(String namespace, String requestId) {
        if (error != null) {
            return SandboxResponse.error(error, namespace, requestId);
        }
        return new SandboxResponse(rawStatus, rawContentType, rawBody.clone(), null, Map.of());
    }

    @Override
    public String toString() {
        String what = error != null
                ? "error " + error.status() + " " + error.code()
                : "raw " + rawStatus + " " + rawContentType;
        return "FaultRule[" + (action == null ? "any action" : action) + ", " + what + ", "
                + (times == ALWAYS ? "always" : times + " time(s)") + "]";
    }

    /** The half-built rule: what it matches, waiting for what it serves. */
    public static final class Target {

        private final String action;

        private Target(String action) {
            this.action = action;
        }

        /**
         * An MWS ErrorResponse. Type is Sender below 500 and for throttling, Receiver otherwise; the request id
         * element is spelt as MWS spells it for that code.
         */
        public FaultRule error(int httpStatus, String code, String message) {
            checkStatus(httpStatus);
            Objects.requireNonNull(code, "code");
            return new FaultRule(action, 1, MwsError.of(httpStatus, code, message), 0, null, null);
        }

        /**
         * Exactly {@code body} with this status and Content-Type ({@code null}: no Content-Type). The text is
         * encoded in the charset the Content-Type names ({@code text/plain;charset=windows-1252}), else UTF-8.
         */
        public FaultRule rawResponse(int httpStatus, String contentType, String body) {
            Objects.requireNonNull(body, "body");
            return rawResponse(httpStatus, contentType, body.getBytes(charsetOf(contentType)));
        }

        /** Exactly these bytes with this status and Content-Type ({@code null}: no Content-Type). */
        public FaultRule rawResponse(int httpStatus, String contentType, byte[] body) {
            checkStatus(httpStatus);
            Objects.requireNonNull(body, "body");
            return new FaultRule(action, 1, null, httpStatus, contentType, body.clone());
        }

        private static Charset charsetOf(String contentType) {
            if (contentType != null) {
                for (String parameter : contentType.split(";")) {
                    String trimmed = parameter.trim();
                    if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
                        try {
                            return Charset.forName(trimmed.substring(8).replace("\"", "").trim());
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("FaultRule Content-Type names a charset the JDK "
                                    + "does not know: " + contentType, e);
                        }
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }

        private static void checkStatus(int httpStatus) {
            if (httpStatus < 200 || httpStatus > 599) {
                throw new IllegalArgumentException("FaultRule HTTP status must be 200-599, was " + httpStatus);
            }
        }
    }
}
