package io.camelmws.sandbox.webservice;

import io.camelmws.sandbox.response.MwsErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Dates as the Reports and Feeds sections (the "MarketplaceWebService" back-end) write and read them: payloads
 * carry {@code 2020-06-11T07:44:22+00:00} (UTC, seconds, colon in the offset; REFERENCE 9.1), parameters are
 * any ISO 8601 date-time (with {@code Z} or an offset, with or without fractions) or a plain date.
 */
public final class WebServiceDates {

    private static final DateTimeFormatter PAYLOAD = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private WebServiceDates() {
    }

    /**
     * {@code 2020-06-11T07:44:22Z}: UTC to the second, as the sections of the newer "schema" generation
     * (Recommendations, Subscriptions, Cart and Customer Information) write their dates.
     */
    public static String formatUtc(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public static String format(Instant instant) {
        return instant == null ? null : PAYLOAD.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @return the instant, or {@code null} when the parameter is absent or empty
     * @throws OperationFailure InvalidParameterValue naming the parameter when the value is not ISO 8601
     */
    public static Instant parse(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay()
                            .toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw new OperationFailure(MwsErrors.invalidParameterValue(parameter, value,
                            "an ISO 8601 date-time such as 2020-06-11T07:44:22Z"));
                }
            }
        }
    }
}
