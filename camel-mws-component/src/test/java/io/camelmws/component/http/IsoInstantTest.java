package io.camelmws.component.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast path for MWS's timestamps agrees with {@link Instant#parse} on what it accepts and what it refuses. */
class IsoInstantTest {

    @Test
    void agreesWithInstantParseOnMwsShapedAndOtherIsoInstants() {
        List<String> samples = List.of("2024-05-01T12:34:56Z", "2024-05-01T12:34:56.789Z", "2024-05-01T12:34:56.7Z",
                "2024-05-01T12:34:56.123456789Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "2024-05-01T12:34:56+02:00", "2024-05-01T12:34:56.5+00:00", "2016-12-31T23:59:60Z", "2024-05-01T24:00:00Z",
                "2024-05-01T12:34:56.Z");
        for (String sample : samples) {
            assertThat(IsoInstant.parse(sample)).as(sample).isEqualTo(Instant.parse(sample));
        }
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(4_102_444_800L), random.nextInt(1000) * 1_000_000L);
            assertThat(IsoInstant.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @Test
    void refusesWhatInstantParseRefuses() {
        for (String bad : List.of("2024-02-30T12:00:00Z", "2023-02-29T12:00:00Z", "2024-13-01T12:00:00Z",
                "2024-05-01T12:60:00Z", "2024-05-01T12:34:56.1234567890Z", "2024-05-01T12:34:56",
                "2024-05-0AT12:34:56Z", "2024/05/01T12:34:56Z", "2024-05-01 12:34:56Z", "2024-05-01T12:34:5xZ", "")) {
            assertThatThrownBy(() -> Instant.parse(bad)).as("Instant.parse(%s)", bad).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> IsoInstant.parse(bad)).as("IsoInstant.parse(%s)", bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
