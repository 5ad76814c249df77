package io.camelmws.sandbox.fault;

import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.SandboxResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A failure the sandbox serves on demand, once a request has passed authentication and throttling: which action
 * it matches, how often it fires, and the {@link Fault} it serves. Two families of faults:
 * <ul>
 * <li>instead of the answer: an MWS ErrorResponse ({@code error}, {@code throttled}, {@code internalError},
 * {@code serviceUnavailable}), an exact raw body ({@code rawResponse}: an HTML proxy page, a hostile XML
 * document, with a Content-Length or chunked, whole or cut short) or no answer at all ({@code connectionReset});
 * the operation does not run;</li>
 * <li>on the real answer of the operation: {@code delay}, {@code trickle}, {@code cutShort}, {@code wrongContentMd5},
 * {@code malformedXml}; these work on in-memory and on streamed bodies alike.</li>
 * </ul>
 * <pre>{@code
 * sandbox.faults().add(FaultRule.forAction("ListOrders").throttled().times(2));
 * sandbox.faults().add(FaultRule.forAction("GetReport").cutShort(0.5).always());
 * sandbox.faults().add(FaultRule.forAction("GetServiceStatus").chunkedRawResponse(200, "text/xml", xml, 0.5));
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

    private final String action;
    private final int times;
    private final double probability;
    private final Fault fault;

    private FaultRule(String action, int times, double probability, Fault fault) {
        this.action = action;
        this.times = times;
        this.probability = probability;
        this.fault = fault;
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
        return new FaultRule(action, count, probability, fault);
    }

    /** This rule, firing for every matching request until the faults are cleared. */
    public FaultRule always() {
        return new FaultRule(action, ALWAYS, probability, fault);
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
        return new FaultRule(action, times, chance, fault);
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

    /** What the rule serves. */
    public Fault fault() {
        return fault;
    }

    /** The fault's name: {@code cutShort}, {@code wrongContentMd5}, ... */
    public String kind() {
        return fault.kind();
    }

    public boolean matches(String requestAction) {
        return action == null || action.equals(requestAction);
    }

    /** The response the client gets; {@code answer} runs the operation, and only when the fault needs its answer. */
    public SandboxResponse serve(Supplier<SandboxResponse> answer, String namespace, String requestId) {
        return fault.serve(answer, namespace, requestId);
    }

    @Override
    public String toString() {
        int shots = times();
        return "FaultRule[" + (action == null ? "any action" : action) + ", " + fault.kind() + " " + fault.settings()
                + ", " + (shots == ALWAYS ? "always" : shots + " time(s)")
                + (probability < 1 ? ", probability " + probability : "") + "]";
    }

    /** The half-built rule: what it matches, waiting for what it serves. */
    public static final class Target {

        private final String action;

        private Target(String action) {
            this.action = action;
        }

        /**
         * An MWS ErrorResponse. Type is Sender below 500 and for QuotaExceeded, empty for RequestThrottled (as
         * recorded), Receiver otherwise; the request id element is spelt as MWS spells it for that code.
         */
        public FaultRule error(int httpStatus, String code, String message) {
            checkStatus(httpStatus);
            Objects.requireNonNull(code, "code");
            return serving(new Fault.ErrorResponse(MwsError.of(httpStatus, code, message)));
        }

        /** 503 RequestThrottled "Request is throttled", as an empty bucket answers. */
        public FaultRule throttled() {
            return serving(new Fault.Throttled());
        }

        /** 500 InternalError, which clients are expected to retry. */
        public FaultRule internalError() {
            return serving(new Fault.InternalServerError());
        }

        /** 503 ServiceUnavailable, which clients are expected to retry with back-off. */
        public FaultRule serviceUnavailable() {
            return serving(new Fault.ServiceUnavailable());
        }

        /** The connection is closed without a single byte of response; the operation does not run. */
        public FaultRule connectionReset() {
            return serving(new Fault.ConnectionReset());
        }

        /**
         * Exactly {@code body} with this status and Content-Type ({@code null}: no Content-Type). The text is
         * encoded in the charset the Content-Type names ({@code text/plain;charset=windows-1252}), else UTF-8.
         */
        public FaultRule rawResponse(int httpStatus, String contentType, String body) {
            return rawResponse(httpStatus, contentType, encode(contentType, body));
        }

        /** Exactly these bytes with this status and Content-Type ({@code null}: no Content-Type). */
        public FaultRule rawResponse(int httpStatus, String contentType, byte[] body) {
            checkStatus(httpStatus);
            Objects.requireNonNull(body, "body");
            return serving(new Fault.RawResponse(httpStatus, contentType, body));
        }

        /**
         * Exactly {@code body}, encoded as by {@link #rawResponse(int, String, String)}, in chunked transfer coding
         * (no Content-Length), of which the first {@code fractionSent} is sent: 1 sends it all and the last chunk;
         * below 1 the connection is closed after that fraction, without the last chunk.
         */
        public FaultRule chunkedRawResponse(int httpStatus, String contentType, String body, double fractionSent) {
            return chunkedRawResponse(httpStatus, contentType, encode(contentType, body), fractionSent);
        }

        /** These bytes, chunked, as {@link #chunkedRawResponse(int, String, String, double)} sends them. */
        public FaultRule chunkedRawResponse(int httpStatus, String contentType, byte[] body, double fractionSent) {
            checkStatus(httpStatus);
            Objects.requireNonNull(body, "body");
            if (!(fractionSent >= 0 && fractionSent <= 1)) {
                throw new IllegalArgumentException("FaultRule chunkedRawResponse fraction must be from 0 to 1, was "
                        + fractionSent);
            }
            return serving(new Fault.RawResponse(httpStatus, contentType, body, true, fractionSent));
        }

        /** The normal answer, after {@code wait} (wall time). */
        public FaultRule delay(Duration wait) {
            Objects.requireNonNull(wait, "wait");
            if (wait.isNegative()) {
                throw new IllegalArgumentException("FaultRule delay must not be negative, was " + wait);
            }
            return serving(new Fault.Delay(Duration.ofMillis(wait.toMillis())));
        }

        /** The normal answer, its body written at about {@code bytesPerSecond}. */
        public FaultRule trickle(int bytesPerSecond) {
            if (bytesPerSecond < 1) {
                throw new IllegalArgumentException("FaultRule trickle bytesPerSecond must be at least 1, was "
                        + bytesPerSecond);
            }
            return serving(new Fault.Trickle(bytesPerSecond));
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
            return serving(new Fault.CutShort(fractionSent));
        }

        /** The normal answer with a Content-MD5 header that does not match its body (GetReport and the like). */
        public FaultRule wrongContentMd5() {
            return serving(new Fault.WrongContentMd5());
        }

        /** The normal answer, its body ending in the middle of an element (a complete HTTP message). */
        public FaultRule malformedXml() {
            return serving(new Fault.MalformedXml());
        }

        private FaultRule serving(Fault fault) {
            return new FaultRule(action, UNSET, 1, fault);
        }

        private static byte[] encode(String contentType, String body) {
            Objects.requireNonNull(body, "body");
            return body.getBytes(charsetOf(contentType));
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
