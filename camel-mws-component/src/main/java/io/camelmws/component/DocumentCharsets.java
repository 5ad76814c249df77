package io.camelmws.component;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The charset a downloaded document is written in: the one its Content-Type names; else UTF-8 for XML (its
 * default); else the marketplace's flat-file charset (REFERENCE 7.2: clients assume ISO-8859-1 when MWS names none).
 */
final class DocumentCharsets {

    private DocumentCharsets() {
    }

    static Charset of(String contentType, Charset marketplaceDefault) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String trimmed = part.trim();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(trimmed.substring("charset=".length()).replace("\"", "").trim());
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                        break;
                    }
                }
            }
            if (contentType.toLowerCase(Locale.ROOT).contains("xml")) {
                return StandardCharsets.UTF_8;
            }
        }
        return marketplaceDefault;
    }
}
