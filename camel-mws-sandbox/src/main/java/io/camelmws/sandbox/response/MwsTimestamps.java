package io.camelmws.sandbox.response;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats instants the way MWS's headers do: {@code 2020-05-28T11:22:26.535Z} (UTC, milliseconds). */
public final class MwsTimestamps {

    /** The exact pattern the official Java runtime parses; anything else makes it silently read null. */
    private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private MwsTimestamps() {
    }

    public static String header(Instant instant) {
        return HEADER.format(instant);
    }
}
