package io.camelmws.component.http;

import java.util.Locale;

/** Reads the parts of a Content-Type the component acts on. */
public final class ContentTypes {

    private ContentTypes() {
    }

    /** The value of the {@code charset} parameter, unquoted, or null when there is none. */
    public static String charsetName(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return trimmed.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }
}
