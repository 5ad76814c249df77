package io.camelmws.sandbox.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.response.MwsError;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTimeWindowTest {

    private static final Instant NOW = Instant.parse("2020-03-24T12:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"2020-03-24T12:00:00Z", "2020-03-24T12:00:00.000Z", "2020-03-24T12:14:59Z",
        "2020-03-24T11:45:00Z", "2020-03-24T12:00:00+00:00", "2020-03-24T14:00:00+02:00",
        "2020-03-24T12:00:00.123456Z", "2020-03-24T12:00:00"})
    void acceptsIso8601WithinFifteenMinutes(String timestamp) {
        assertThat(RequestTimeWindow.check(timestamp, null, NOW)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-03-24T12:00:00+0000", "2020-03-24 12:00:00Z", "1585051200", "yesterday",
        "2020-02-30T12:00:00Z", ""})
    void refusesWhatIsNotIso8601AsMalformedInput(String timestamp) {
        MwsError error = RequestTimeWindow.check(timestamp, null, NOW);
        assertThat(error.code()).isEqualTo("MalformedInput");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.message()).isEqualTo("timestamp must follow ISO8601");
    }

    @Test
    void refusesATimestampTooFarInThePast() {
        MwsError error = RequestTimeWindow.check("2020-03-24T11:44:59Z", null, NOW);
        assertThat(error.code()).isEqualTo("RequestExpired");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.message()).isEqualTo("Request signature is too far in the past and has expired. "
                + "Timestamp date: 2020-03-24T11:44:59Z");
    }

    @Test
    void refusesATimestampTooFarInTheFuture() {
        MwsError error = RequestTimeWindow.check("2020-03-24T12:15:01Z", null, NOW);
        assertThat(error.code()).isEqualTo("RequestExpired");
        assertThat(error.message()).startsWith("Request signature is too far in the future")
                .endsWith("Timestamp date: 2020-03-24T12:15:01Z");
    }

    @Test
    void acceptsAnExpiresInTheFutureInsteadOfATimestamp() {
        assertThat(RequestTimeWindow.check(null, "2020-03-24T13:00:00Z", NOW)).isNull();
    }

    @Test
    void refusesAnExpiresThatHasPassed() {
        MwsError error = RequestTimeWindow.check(null, "2020-03-24T11:59:59Z", NOW);
        assertThat(error.code()).isEqualTo("RequestExpired");
        assertThat(error.message()).contains("2020-03-24T11:59:59Z");
        assertThat(RequestTimeWindow.check(null, "2020-03-24T12:00:00+0000", NOW).code())
                .isEqualTo("MalformedInput");
    }

    @Test
    void wantsTimestampOrExpires() {
        MwsError error = RequestTimeWindow.check(null, null, NOW);
        assertThat(error.code()).isEqualTo("MissingParameter");
        assertThat(error.message()).contains("Timestamp");
    }
}
