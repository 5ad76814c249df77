package io.camelmws.component.param;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Date;

/**
 * Turns a parameter value into the text MWS expects: numbers in plain notation, booleans as
 * {@code true}/{@code false}, instants as ISO 8601 UTC. Anything else is refused with a message naming the
 * parameter, so a value is never sent as some object's {@code toString()}.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    public static String format(String parameter, Object value) {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
            || value instanceof Byte || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("MWS parameter " + parameter + " has the value " + value + "; only finite numbers can be sent");
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        Instant instant = asInstant(parameter, value);
        if (instant != null) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        throw new IllegalArgumentException("MWS parameter " + parameter + " has a value of type " + value.getClass().getName()
                                           + "; allowed: String, number, boolean, enum, java.time.Instant/OffsetDateTime/ZonedDateTime/LocalDate,"
                                           + " java.util.Date, or a collection or array of these for list parameters");
    }

    private static Instant asInstant(String parameter, Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant();
        }
        if (value instanceof LocalDateTime) {
            // Guessing a zone would shift every date by the JVM's offset; make the caller say which instant it means.
            throw new IllegalArgumentException("MWS parameter " + parameter + " is a LocalDateTime, which has no time zone;"
                                               + " use Instant, OffsetDateTime or ZonedDateTime");
        }
        return null;
    }
}
