package io.camelmws.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One measured figure, printed as a machine-readable line
 * {@code RESULT <name> <key=value ...> value=<number> unit=<unit> error=<number>} and parsed back from the output
 * of child JVMs. {@code error} is the half-width of the 99.9 % confidence interval of the mean (as JMH reports it),
 * {@code NaN} when there was a single sample.
 */
public record Result(String name, Map<String, String> keys, double value, String unit, double error) {

    public static final String PREFIX = "RESULT ";

    public Result {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        for (Map.Entry<String, String> key : keys.entrySet()) {
            if (key.getKey().contains(" ") || key.getValue().contains(" ") || key.getKey().contains("=")) {
                throw new IllegalArgumentException("Result keys and values must not contain spaces: " + key);
            }
        }
    }

    public static Result of(String name, double value, String unit, double error, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keyValues come in pairs, got " + keyValues.length);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            keys.put(keyValues[i], keyValues[i + 1]);
        }
        return new Result(name, keys, value, unit, error);
    }

    /** The value of one key, or null. */
    public String key(String key) {
        return keys.get(key);
    }

    public String line() {
        StringBuilder line = new StringBuilder(PREFIX).append(name);
        keys.forEach((key, val) -> line.append(' ').append(key).append('=').append(val));
        line.append(" value=").append(number(value)).append(" unit=").append(unit).append(" error=").append(number(error));
        return line.toString();
    }

    /** Prints the line on stdout and returns this result. */
    public Result print() {
        System.out.println(line());
        System.out.flush();
        return this;
    }

    /** The result a {@code RESULT ...} line describes; empty for any other line. */
    public static Optional<Result> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] tokens = line.substring(PREFIX.length()).trim().split("\\s+");
        Map<String, String> keys = new LinkedHashMap<>();
        Double value = null;
        Double error = null;
        String unit = null;
        for (int i = 1; i < tokens.length; i++) {
            int equals = tokens[i].indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("Malformed token '" + tokens[i] + "' in: " + line);
            }
            String key = tokens[i].substring(0, equals);
            String val = tokens[i].substring(equals + 1);
            switch (key) {
                case "value" -> value = Double.parseDouble(val);
                case "unit" -> unit = val;
                case "error" -> error = Double.parseDouble(val);
                default -> keys.put(key, val);
            }
        }
        if (value == null || unit == null || error == null) {
            throw new IllegalArgumentException("A RESULT line needs value=, unit= and error=: " + line);
        }
        return Optional.of(new Result(tokens[0], keys, value, unit, error));
    }

    /** Six significant digits, never in exponent notation; {@code NaN} for a missing error. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "NaN";
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
