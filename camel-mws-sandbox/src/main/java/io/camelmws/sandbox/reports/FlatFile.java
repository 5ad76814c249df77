package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.webservice.MarketplaceLocale;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated report with a header row, encoded the way MWS delivered flat files: in the marketplace's charset
 * (REFERENCE 7.2), every character that charset cannot write replaced by {@code ?} (what the JDK's encoders, and
 * MWS's Java back-end, substitute), and UTF-8 files starting with a byte-order mark, as seen on the wire.
 * Tabs and line breaks inside values become spaces, so a value can never split a row.
 */
final class FlatFile {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();

    FlatFile(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; {@code null} values are written empty. */
    FlatFile row(String... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException("A row of " + values.length + " values for " + header.size()
                    + " columns: " + Arrays.toString(values));
        }
        rows.add(values.clone());
        return this;
    }

    boolean empty() {
        return rows.isEmpty();
    }

    /** The file in the charset of its request: its type's when the type has one, else its marketplace's. */
    ReportContent toReport(ReportRequest request) {
        if (request.type().unicode()) {
            return toReport(StandardCharsets.UTF_8, "UTF-8");
        }
        MarketplaceLocale marketplace = request.locale();
        return toReport(marketplace.reportCharset(), marketplace.reportCharsetLabel());
    }

    private ReportContent toReport(Charset charset, String charsetLabel) {
        StringBuilder text = new StringBuilder(64 * (rows.size() + 1));
        line(text, header.toArray(String[]::new));
        for (String[] row : rows) {
            line(text, row);
        }
        byte[] bytes = encode(text, charset);
        return new BufferedReport(bytes, "text/plain;charset=" + charsetLabel, rows.isEmpty());
    }

    static byte[] encode(CharSequence text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            boolean bom = StandardCharsets.UTF_8.equals(charset);
            byte[] bytes = new byte[encoded.remaining() + (bom ? UTF8_BOM.length : 0)];
            if (bom) {
                System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
            }
            encoded.get(bytes, bom ? UTF8_BOM.length : 0, encoded.remaining());
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("An encoder set to REPLACE failed on " + charset, e);
        }
    }

    private static void line(StringBuilder text, String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            String value = values[i];
            if (value != null) {
                for (int c = 0; c < value.length(); c++) {
                    char ch = value.charAt(c);
                    text.append(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
                }
            }
        }
        text.append('\n');
    }
}
