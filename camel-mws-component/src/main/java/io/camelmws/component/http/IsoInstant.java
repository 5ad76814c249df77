package io.camelmws.component.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamps MWS sends in every answer ({@code x-mws-timestamp}, {@code x-mws-quota-resetsOn}):
 * {@code 2024-05-01T12:34:56Z} or {@code 2024-05-01T12:34:56.789Z}. {@link Instant#parse} costs about as much as
 * the rest of reading an answer's headers; this reads that one shape directly and hands anything else to
 * {@code Instant.parse}, so every ISO-8601 instant is still accepted and every invalid one still refused.
 */
public final class IsoInstant {

    private static final int SECONDS_LENGTH = "2024-05-01T12:34:56".length();

    private IsoInstant() {
    }

    public static Instant parse(String text) {
        int length = text.length();
        if (length < SECONDS_LENGTH + 1 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
            || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = 0;
        if (length > SECONDS_LENGTH + 1) {
            int fractionDigits = length - SECONDS_LENGTH - 2;
            if (text.charAt(SECONDS_LENGTH) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return Instant.parse(text);
            }
            nanos = digits(text, SECONDS_LENGTH + 1, fractionDigits);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
            || second < 0 || second > 59 || nanos < 0) {
            // Not digits where digits belong or a value out of range: Instant.parse decides (it takes a leap second and
            // 24:00:00, and refuses the rest with its own message).
            return Instant.parse(text);
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (java.time.DateTimeException e) {
            // 2024-02-30 and the like.
            throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
        }
    }

    /** The decimal number in {@code text[start, start + count)}, or -1 when a character there is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
