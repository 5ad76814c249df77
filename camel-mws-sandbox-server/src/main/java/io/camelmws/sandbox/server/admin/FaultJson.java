package io.camelmws.sandbox.server.admin;

import io.camelmws.sandbox.fault.FaultRule;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Fault rules as the admin API writes them: {@code {"action":"GetReport","kind":"cutShort","fraction":0.5,
 * "times":2}}. {@code action} absent means any action; {@code times}, {@code always} and {@code probability} are
 * as in {@link FaultRule}.
 */
final class FaultJson {

    private static final Set<String> MEMBERS = Set.of("action", "kind", "times", "always", "probability",
            "status", "code", "message", "contentType", "body", "chunked", "delayMillis", "bytesPerSecond", "fraction");

    /** Every kind by its admin name, reading the members it needs; in the order an error message lists them. */
    private static final Map<String, BiFunction<FaultRule.Target, Map<String, Object>, FaultRule>> KINDS =
            new LinkedHashMap<>();

    static {
        KINDS.put("error", (target, json) -> target.error(integer(json, "status", true), string(json, "code", true),
                string(json, "message", false)));
        KINDS.put("rawResponse", FaultJson::rawResponse);
        KINDS.put("throttled", (target, json) -> target.throttled());
        KINDS.put("internalError", (target, json) -> target.internalError());
        KINDS.put("serviceUnavailable", (target, json) -> target.serviceUnavailable());
        KINDS.put("connectionReset", (target, json) -> target.connectionReset());
        KINDS.put("delay", (target, json) -> target.delay(Duration.ofMillis(integer(json, "delayMillis", true))));
        KINDS.put("trickle", (target, json) -> target.trickle(integer(json, "bytesPerSecond", true)));
        KINDS.put("cutShort", (target, json) -> target.cutShort(number(json, "fraction", true)));
        KINDS.put("wrongContentMd5", (target, json) -> target.wrongContentMd5());
        KINDS.put("malformedXml", (target, json) -> target.malformedXml());
    }

    private FaultJson() {
    }

    /** @throws IllegalArgumentException naming the member that is missing, unknown or of the wrong type */
    static FaultRule toRule(Map<String, Object> json) {
        for (String name : json.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new IllegalArgumentException("Unknown fault member \"" + name + "\"; known: " + MEMBERS);
            }
        }
        String action = string(json, "action", false);
        FaultRule.Target target = action == null ? FaultRule.forAnyAction() : FaultRule.forAction(action);
        String kindName = string(json, "kind", true);
        BiFunction<FaultRule.Target, Map<String, Object>, FaultRule> kind = KINDS.get(kindName);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown fault kind \"" + kindName + "\"; known: "
                    + String.join(", ", KINDS.keySet()));
        }
        FaultRule rule = kind.apply(target, json);
        if (json.containsKey("probability")) {
            rule = rule.probability(number(json, "probability", true));
        }
        if (bool(json, "always")) {
            if (json.containsKey("times")) {
                throw new IllegalArgumentException("A fault takes \"times\" or \"always\", not both");
            }
            rule = rule.always();
        }
        if (json.containsKey("times")) {
            rule = rule.times(integer(json, "times", true));
        }
        return rule;
    }

    /** Whole with a Content-Length, or with {@code "chunked": true} chunked and perhaps cut at a {@code fraction}. */
    private static FaultRule rawResponse(FaultRule.Target target, Map<String, Object> json) {
        int status = integer(json, "status", true);
        String contentType = string(json, "contentType", false);
        String body = string(json, "body", true);
        if (!bool(json, "chunked")) {
            if (json.containsKey("fraction")) {
                throw new IllegalArgumentException("Fault member \"fraction\" of a rawResponse needs "
                        + "\"chunked\": true");
            }
            return target.rawResponse(status, contentType, body);
        }
        double fraction = json.containsKey("fraction") ? number(json, "fraction", true) : 1;
        return target.chunkedRawResponse(status, contentType, body, fraction);
    }

    static Map<String, Object> toJson(FaultRule rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", rule.action());
        json.put("kind", rule.kind());
        if (rule.times() == FaultRule.ALWAYS) {
            json.put("always", true);
        } else {
            json.put("times", rule.times());
        }
        if (rule.probability() < 1) {
            json.put("probability", rule.probability());
        }
        json.putAll(rule.fault().settings());
        return json;
    }

    private static String string(Map<String, Object> json, String name, boolean required) {
        Object value = json.get(name);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("Fault member \"" + name + "\" is required");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("Fault member \"" + name + "\" must be a string, was " + value);
        }
        return text;
    }

    /** {@code false} when absent. */
    private static boolean bool(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (json.containsKey(name) && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("Fault member \"" + name + "\" must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    private static int integer(Map<String, Object> json, String name, boolean required) {
        Object value = json.get(name);
        if (!(value instanceof Long number) || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Fault member \"" + name + "\" must be a whole number"
                    + (value == null && required ? " and is required" : ", was " + value));
        }
        return number.intValue();
    }

    private static double number(Map<String, Object> json, String name, boolean required) {
        Object value = json.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("Fault member \"" + name + "\" must be a number"
                    + (value == null && required ? " and is required" : ", was " + value));
        }
        return number.doubleValue();
    }
}
