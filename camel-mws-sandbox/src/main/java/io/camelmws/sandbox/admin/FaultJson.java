package io.camelmws.sandbox.admin;

import io.camelmws.sandbox.FaultRule;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fault rules as the admin API writes them: {@code {"action":"GetReport","kind":"cutShort","fraction":0.5,
 * "times":2}}. {@code action} absent means any action; {@code times}, {@code always} and {@code probability} are
 * as in {@link FaultRule}.
 */
final class FaultJson {

    private static final Set<String> MEMBERS = Set.of("action", "kind", "times", "always", "probability",
            "status", "code", "message", "contentType", "body", "delayMillis", "bytesPerSecond", "fraction");

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
        FaultRule.Kind kind = FaultRule.Kind.fromWireName(kindName);
        if (kind == null) {
            StringBuilder known = new StringBuilder();
            for (FaultRule.Kind each : FaultRule.Kind.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(each.wireName());
            }
            throw new IllegalArgumentException("Unknown fault kind \"" + kindName + "\"; known: " + known);
        }
        FaultRule rule = switch (kind) {
            case ERROR -> target.error(integer(json, "status", true), string(json, "code", true),
                    string(json, "message", false));
            case RAW_RESPONSE -> target.rawResponse(integer(json, "status", true), string(json, "contentType", false),
                    string(json, "body", true));
            case THROTTLED -> target.throttled();
            case INTERNAL_ERROR -> target.internalError();
            case SERVICE_UNAVAILABLE -> target.serviceUnavailable();
            case CONNECTION_RESET -> target.connectionReset();
            case DELAY -> target.delay(Duration.ofMillis(integer(json, "delayMillis", true)));
            case TRICKLE -> target.trickle(integer(json, "bytesPerSecond", true));
            case CUT_SHORT -> target.cutShort(number(json, "fraction", true));
            case WRONG_CONTENT_MD5 -> target.wrongContentMd5();
            case MALFORMED_XML -> target.malformedXml();
        };
        if (json.containsKey("probability")) {
            rule = rule.probability(number(json, "probability", true));
        }
        if (Boolean.TRUE.equals(json.get("always"))) {
            if (json.containsKey("times")) {
                throw new IllegalArgumentException("A fault takes \"times\" or \"always\", not both");
            }
            rule = rule.always();
        } else if (json.containsKey("always") && !(json.get("always") instanceof Boolean)) {
            throw new IllegalArgumentException("Fault member \"always\" must be true or false");
        }
        if (json.containsKey("times")) {
            rule = rule.times(integer(json, "times", true));
        }
        return rule;
    }

    static Map<String, Object> toJson(FaultRule rule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", rule.action());
        json.put("kind", rule.kind().wireName());
        if (rule.times() == FaultRule.ALWAYS) {
            json.put("always", true);
        } else {
            json.put("times", rule.times());
        }
        if (rule.probability() < 1) {
            json.put("probability", rule.probability());
        }
        switch (rule.kind()) {
            case ERROR, THROTTLED, INTERNAL_ERROR, SERVICE_UNAVAILABLE -> {
                json.put("status", rule.error().status());
                json.put("code", rule.error().code());
                json.put("message", rule.error().message());
            }
            case RAW_RESPONSE -> {
                json.put("status", rule.rawStatus());
                json.put("contentType", rule.rawContentType());
            }
            case DELAY -> json.put("delayMillis", rule.delay().toMillis());
            case TRICKLE -> json.put("bytesPerSecond", rule.bytesPerSecond());
            case CUT_SHORT -> json.put("fraction", rule.fractionSent());
            default -> {
                // nothing more to say
            }
        }
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
