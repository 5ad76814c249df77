package io.camelmws.sandbox;

import io.camelmws.sandbox.fault.WireFaults;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.SandboxResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A failure the sandbox serves on demand, once a request has passed authentication and throttling. Two families:
 * <ul>
 * <li>instead of the answer: an MWS ErrorResponse ({@code error}, {@code throttled}, {@code internalError},
 * {@code serviceUnavailable}), an exact raw body ({@code rawResponse}: an HTML proxy page, a hostile XML
 * document) or no answer at all ({@code connectionReset}); the operation does not run;</li>
 * <li>on the real answer of the operation: {@code delay}, {@code trickle}, {@code cutShort}, {@code wrongContentMd5},
 * {@code malformedXml}; these work on in-memory and on streamed bodies alike.</li>
 * </ul>
 * <pre>{@code
 * sandbox.faults().add(FaultRule.forAction("ListOrders").throttled().times(2));
 * sandbox.faults().add(FaultRule.forAction("GetReport").cutShort(0.5).always());
 * sandbox.faults().add(FaultRule.forAnyAction().internalError().probability(0.1));   // with .faultSeed(42)
 * }</pre>
 * A rule fires once unless {@link #times(int)} or {@link #always()} says otherwise; a {@link #probability(double)
 * probabilistic} rule fires until the faults are cleared unless {@code times} caps it. Immutable; {@link
 * SandboxFaults} counts how often it has fired.
 */
public final class FaultRule {

    /** {@link #times()} of a rule that never wears out. */
    public static final int ALWAYS = -1;

    /** {@link #times()} not chosen: once, or {@link #ALWAYS} for a probabilistic rule. */
    private static final int UNSET = 0;

    /** What a rule does. {@link #wireName()} is the name used by the admin API. */
    public enum Kind {
        ERROR, RAW_RESPONSE, THROTTLED, INTERNAL_ERROR, SERVICE_UNAVAILABLE, CONNECTION_RESET,
        DELAY, TRICKLE, CUT_SHORT, WRONG_CONTENT_MD5, MALFORMED_XML;

        /** {@code cutShort}, {@code wrongContentMd5}, ... */
        public String wireName() {
            StringBuilder name = new StringBuilder();
            boolean upper = false;
            for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    name.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return name.toString();
        }

        /** The kind called {@code wireName}, or {@code null}. */
        public static Kind fromWireName(String wireName) {
            for (Kind kind : values()) {
                if (kind.wireName().equals(wireName)) {
                    return kind;
                }
            }
            return null;
        }

        /** Whether the operation's real answer is produced and then altered. */
        public boolean transformsAnswer() {
            return ordinal() >= DELAY.ordinal();
        }
    }

    private final String action;
    private final int times;
    private final double probability;
    private final Kind kind;
    private final MwsError error;
    private final int rawStatus;
    private final String rawContentType;
    private final byte[] rawBody;
    /** delay: milliseconds; trickle: bytes per second. */
    private final long amount;
    private final double fractionSent;

    private FaultRule(String action, int times, double probability, Kind kind, MwsError error, int rawStatus,
                      String rawContentType, byte[] rawBody, long amount, double fractionSent) {
        this.action = action;
        this.times = times;
        this.probability = probability;
        this.kind = kind;
        this.error = error;
        this.rawStatus = rawStatus;
        this.rawContentType = rawContentType;
        this.rawBody = rawBody;
        this.amount = amount;
        this.fractionSent = fractionSent;
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

    /** This rule, firing for the next {@code count} matching requests (that the dice chose, if probabilistic). */
    public FaultRule times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("FaultRule times must be at least 1, was " + count);
        }
        return copy(count, probability);
    }

    /** This rule, firing for every matching request until the faults are cleared. */
    public FaultRule always() {
        return copy(ALWAYS, probability);
    }

    /**
     * This rule, firing for each matching request with probability {@code chance}, drawn from the sandbox's
     * random source ({@code MwsSandbox.Builder.faultSeed} makes it repeatable). Unless {@link #times(int)} caps
     * it, it keeps firing until the faults are cleared.
     */
    public FaultRule probability(double chance) {
        if (!(chance > 0 && chance <= 1)) {
            throw new IllegalArgumentException("FaultRule probability must be above 0 and at most 1, was " + chance);
        }
        return copy(times, chance);
    }

    /** The action matched, or {@code null} for any action. */
    public String action() {
        return action;
    }

    /** How many times the rule fires, or {@link #ALWAYS}. */
    public int times() {
        if (times == UNSET) {
            return probability < 1 ? ALWAYS : 1;
        }
        return times;
    }

    /** The chance that a matching request makes it fire; 1 unless {@link #probability(double)} was set. */
    public double probability() {
        return probability;
    }

    public Kind kind() {
        return kind;
    }

    public boolean matches(String requestAction) {
        return action == null || action.equals(requestAction);
    }

    /** Whether the operation's real answer is produced and then altered, rather than replaced. */
    public boolean transformsAnswer() {
        return kind.transformsAnswer();
    }

    /** The response to serve instead of the answer, in the namespace of the section the request addressed. */
    public SandboxResponse response(String namespace, String requestId) {
        if (kind == Kind.CONNECTION_RESET) {
            return SandboxResponse.connectionReset();
        }
        if (error != null) {
            return SandboxResponse.error(error, namespace, requestId);
        }
        if (kind == Kind.RAW_RESPONSE) {
            return new SandboxResponse(rawStatus, rawContentType, rawBody.clone(), null, Map.of());
        }
        throw new IllegalStateException(kind.wireName() + " alters the real answer; call transform(..)");
    }

    /**
     * The operation's real answer, altered as this rule says. A {@code delay} waits here, on the thread that
     * answers the request.
     */
    public SandboxResponse transform(SandboxResponse answer) {
        return switch (kind) {
            case DELAY -> WireFaults.delay(answer, Duration.ofMillis(amount));
            case TRICKLE -> WireFaults.trickle(answer, (int) amount);
            case CUT_SHORT -> WireFaults.cutShort(answer, fractionSent);
            case WRONG_CONTENT_MD5 -> WireFaults.wrongContentMd5(answer);
            case MALFORMED_XML -> WireFaults.malformedXml(answer);
            default -> throw new IllegalStateException(kind.wireName() + " replaces the answer; call response(..)");
        };
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case ERROR, THROTTLED, INTERNAL_ERROR, SERVICE_UNAVAILABLE -> "error " + error.status() + " " + error.code();
            case RAW_RESPONSE -> "raw " + rawStatus + " " + rawContentType;
            case DELAY -> "delay " + amount + " ms";
            case TRICKLE -> "trickle " + amount + " bytes/s";
            case CUT_SHORT -> "cutShort " + fractionSent;
            default -> kind.wireName();
        };
        int shots = times();
        return "FaultRule[" + (action == null ? "any action" : action) + ", " + what + ", "
                + (shots == ALWAYS ? "always" : shots + " time(s)")
                + (probability < 1 ? ", probability " + probability : "") + "]";
    }

    /** The status and code of a replacing error rule, for descriptions; {@code null} for other kinds. */
    public MwsError error() {
        return error;
    }

    /** {@code delay}: the wait; else {@code null}. */
    public Duration delay() {
        return kind == Kind.DELAY ? Duration.ofMillis(amount) : null;
    }

    /** {@code trickle}: the rate; else 0. */
    public int bytesPerSecond() {
        return kind == Kind.TRICKLE ? (int) amount : 0;
    }

    /** {@code cutShort}: the share of the body written before the connection closes; else 0. */
    public double fractionSent() {
        return fractionSent;
    }

    /** {@code rawResponse}: the status served; else 0. */
    public int rawStatus() {
        return rawStatus;
    }

    /** {@code rawResponse}: the Content-Type served, or {@code null}. */
    public String rawContentType() {
        return rawContentType;
    }

    private FaultRule copy(int newTimes, double newProbability) {
        return new FaultRule(action, newTimes, newProbability, kind, error, rawStatus, rawContentType, rawBody,
                amount, fractionSent);
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
            return errorRule(Kind.ERROR, MwsError.of(httpStatus, code, message));
        }

        /** 503 RequestThrottled "Request is throttled", as an empty bucket answers. */
        public FaultRule throttled() {
            return errorRule(Kind.THROTTLED, MwsError.of(503, "RequestThrottled", "Request is throttled"));
        }

        /** 500 InternalError, which clients are expected to retry. */
        public FaultRule internalError() {
            return errorRule(Kind.INTERNAL_ERROR, MwsError.of(500, "InternalError",
                    "We encountered an internal error. Please try again."));
        }

        /** 503 ServiceUnavailable, which clients are expected to retry with back-off. */
        public FaultRule serviceUnavailable() {
            return errorRule(Kind.SERVICE_UNAVAILABLE, MwsError.of(503, "ServiceUnavailable",
                    "Service is temporarily unavailable. Please try again later."));
        }

        /** The connection is closed without a single byte of response; the operation does not run. */
        public FaultRule connectionReset() {
            return new FaultRule(action, UNSET, 1, Kind.CONNECTION_RESET, null, 0, null, null, 0, 0);
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
            return new FaultRule(action, UNSET, 1, Kind.RAW_RESPONSE, null, httpStatus, contentType, body.clone(),
                    0, 0);
        }

        /** The normal answer, after {@code wait} (wall time). */
        public FaultRule delay(Duration wait) {
            Objects.requireNonNull(wait, "wait");
            if (wait.isNegative()) {
                throw new IllegalArgumentException("FaultRule delay must not be negative, was " + wait);
            }
            return transforming(Kind.DELAY, wait.toMillis(), 0);
        }

        /** The normal answer, its body written at about {@code bytesPerSecond}. */
        public FaultRule trickle(int bytesPerSecond) {
            if (bytesPerSecond < 1) {
                throw new IllegalArgumentException("FaultRule trickle bytesPerSecond must be at least 1, was "
                        + bytesPerSecond);
            }
            return transforming(Kind.TRICKLE, bytesPerSecond, 0);
        }

        /**
         * The normal answer's full Content-Length is announced, only {@code fractionSent} of the body is written,
         * then the connection is closed.
         */
        public FaultRule cutShort(double fractionSent) {
            if (!(fractionSent >= 0 && fractionSent < 1)) {
                throw new IllegalArgumentException("FaultRule cutShort fraction must be at least 0 and below 1, was "
                        + fractionSent);
            }
            return transforming(Kind.CUT_SHORT, 0, fractionSent);
        }

        /** The normal answer with a Content-MD5 header that does not match its body (GetReport and the like). */
        public FaultRule wrongContentMd5() {
            return transforming(Kind.WRONG_CONTENT_MD5, 0, 0);
        }

        /** The normal answer, its body ending in the middle of an element (a complete HTTP message). */
        public FaultRule malformedXml() {
            return transforming(Kind.MALFORMED_XML, 0, 0);
        }

        private FaultRule errorRule(Kind kind, MwsError error) {
            return new FaultRule(action, UNSET, 1, kind, error, 0, null, null, 0, 0);
        }

        private FaultRule transforming(Kind kind, long amount, double fraction) {
            return new FaultRule(action, UNSET, 1, kind, null, 0, null, null, amount, fraction);
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
