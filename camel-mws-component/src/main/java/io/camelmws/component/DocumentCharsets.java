package io.camelmws.component;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import io.camelmws.component.http.ContentTypes;

/**
 * The charset a downloaded document is written in: the one its Content-Type names; else UTF-8 for XML (its
 * default); else the marketplace's flat-file charset (REFERENCE 7.2: clients assume ISO-8859-1 when MWS names none).
 */
final class DocumentCharsets {

    private DocumentCharsets() {
    }

    static Charset of(String contentType, Charset marketplaceDefault) {
        String named = ContentTypes.charsetName(contentType);
        if (named != null) {
            try {
                return Charset.forName(named);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                // MWS named a charset this JVM lacks: fall back as if it had named none.
            }
        }
        if (contentType != null) {
            if (contentType.toLowerCase(Locale.ROOT).contains("xml")) {
                return StandardCharsets.UTF_8;
            }
        }
        return marketplaceDefault;
    }
}
