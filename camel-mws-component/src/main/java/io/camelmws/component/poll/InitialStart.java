package io.camelmws.component.poll;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a consumer's first poll starts when no watermark is stored: a duration back from MWS's time, or a fixed
 * instant. Read from the option's text when the endpoint is created, so a wrong value fails then.
 */
public final class InitialStart {

    /** Camel's duration text: 1d, 12h, 90m, 1h30m, 45s. */
    private static final Pattern CAMEL_DURATION = Pattern.compile("(?i)(\\d+\\s*(d|h|m|s)\\s*)+");
    private static final Pattern CAMEL_DURATION_PART = Pattern.compile("(?i)(\\d+)\\s*(d|h|m|s)");

    private final Duration back;
    private final Instant instant;

    private InitialStart(Duration back, Instant instant) {
        this.back = back;
        this.instant = instant;
    }

    /**
     * @param option the option's name, for the error message
     * @throws IllegalArgumentException naming the option, the value and what is allowed
     */
    public static InitialStart parse(String option, String text) {
        String value = text == null ? "" : text.trim();
        try {
            String upper = value.toUpperCase(Locale.ROOT);
            if (upper.startsWith("P") || upper.startsWith("-P")) {
                return back(option, text, Duration.parse(value));
            }
            if (CAMEL_DURATION.matcher(value).matches()) {
                return back(option, text, camelDuration(value));
            }
            if (value.contains("T")) {
                return new InitialStart(null, OffsetDateTime.parse(value).toInstant());
            }
        } catch (DateTimeParseException | ArithmeticException unreadable) {
            // Reported below with the forms that are accepted.
        }
        throw new IllegalArgumentException(option + " '" + text + "' is neither a duration back (P1D, PT6H, or 1d, 12h, 90m)"
                                           + " nor an ISO-8601 instant (2026-11-01T00:00:00Z)");
    }

    /** The instant the first poll's LastUpdatedAfter takes, with {@code now} as MWS's time. */
    public Instant resolve(Instant now) {
        return instant != null ? instant : now.minus(back);
    }

    private static InitialStart back(String option, String text, Duration back) {
        if (back.isZero() || back.isNegative()) {
            throw new IllegalArgumentException(option + " '" + text + "' must be a positive duration back (P1D, 12h) or an ISO-8601 instant");
        }
        return new InitialStart(back, null);
    }

    private static Duration camelDuration(String value) {
        Duration total = Duration.ZERO;
        Matcher part = CAMEL_DURATION_PART.matcher(value);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            switch (part.group(2).toLowerCase(Locale.ROOT)) {
                case "d" -> total = total.plusDays(amount);
                case "h" -> total = total.plusHours(amount);
                case "m" -> total = total.plusMinutes(amount);
                default -> total = total.plusSeconds(amount);
            }
        }
        return total;
    }
}
