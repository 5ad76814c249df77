package io.camelmws.component.data;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.camelmws.component.http.IsoInstant;

/**
 * Dates as MWS writes them: ISO 8601 with {@code Z} or an offset, with or without fractional seconds
 * ({@code 2015-01-01T00:01:29Z}, {@code 2015-01-01T00:01:29.000Z}, {@code 2016-03-10T10:36:18.150+00:00}), read as
 * instants, and written back in ISO 8601 ({@link Instant#toString()}) in typed JSON.
 */
final class MwsInstants {

    private MwsInstants() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("mws-instants");
        module.addDeserializer(Instant.class, new Reader());
        module.addSerializer(Instant.class, new Writer());
        return module;
    }

    /** MWS's usual shape (UTC, {@code Z}) read directly, as every answer's timestamp is; an offset through java.time. */
    static Instant parse(String text) {
        String trimmed = text.trim();
        if (trimmed.endsWith("Z")) {
            return IsoInstant.parse(trimmed);
        }
        return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    private static final class Reader extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO 8601 date-time with an offset");
            }
        }
    }

    private static final class Writer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }
}
