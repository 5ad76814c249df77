package io.camelmws.component.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a UTF-8 answer of the shape MWS sends in one pass over its bytes: proves it well-formed, takes the
 * {@link ScannedValue}s and notes where its non-ASCII characters are, then decodes it to text without looking again.
 * A 10-order ListOrders page costs 25 to 40 µs this way, against about 40 µs to decode it with the JDK and 49 µs more to
 * scan it with Woodstox (docs/performance.md, benchmark 7).
 * <p>
 * It judges only the shape MWS's envelopes have: an optional {@code <?xml version="1.0" ...?>} declaration, then
 * elements and attributes with ASCII names and no namespace prefix, text with XML's five entities and character
 * references. Anything else (a DOCTYPE, comment, CDATA section, processing instruction, prefix, non-ASCII name, entity
 * in an attribute, byte-order mark, malformed UTF-8, or anything not well-formed) is not judged here: {@link #read}
 * answers null and the caller reads the answer the general way ({@link ResponseScan#of(String)} over a strict
 * decoding, Woodstox behind {@link SafeXml}), which accepts or refuses it with its own message. So this reading only
 * ever accepts what that one accepts, with the same values; {@code Utf8AnswerScanTest} holds it to that over real
 * answers and thousands of damaged ones.
 */
public final class Utf8AnswerScan {

    /** Deeper than any MWS envelope (about eight levels); deeper documents are left to the general reading. */
    private static final int MAX_DEPTH = 64;
    /** MWS elements carry at most a namespace declaration or a currency; more are left to the general reading. */
    private static final int MAX_ATTRIBUTES = 8;
    /** Far below Woodstox's 512 Ki characters per attribute value; MWS's are short. */
    private static final int MAX_ATTRIBUTE_BYTES = 64 * 1024;
    /** Character and entity references in one answer; more are left to the general reading (and its limits). */
    private static final int MAX_REFERENCES = 50_000;
    private static final byte[] XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/".getBytes(StandardCharsets.US_ASCII);

    /** Bytes of text that need no second look: printable ASCII but '<', '&' and ']', and tab, LF and space. */
    private static final boolean[] PLAIN_TEXT = new boolean[256];
    /** ASCII name characters: letters, digits, '.', '-', '_' (a prefix's ':' and non-ASCII names are not judged). */
    private static final boolean[] NAME_CHAR = new boolean[256];

    static {
        for (int b = 0x20; b < 0x7F; b++) {
            PLAIN_TEXT[b] = b != '<' && b != '&' && b != ']';
        }
        PLAIN_TEXT[0x7F] = true;
        PLAIN_TEXT['\t'] = true;
        PLAIN_TEXT['\n'] = true;
        for (int b = 0; b < 128; b++) {
            NAME_CHAR[b] = nameStart((byte) b) || b >= '0' && b <= '9' || b == '.' || b == '-';
        }
    }

    /** The answer's text and what the scan took from it. */
    public record Read(String text, ResponseScan scan) {
    }

    private final byte[] in;
    private final int end;
    private int p;
    // The open elements' names, as offsets into the bytes.
    private final int[] openName = new int[MAX_DEPTH];
    private final int[] openLength = new int[MAX_DEPTH];
    private int depth;
    private String root;
    private final String[] values = new String[ScannedValue.count()];
    /** What the text of the element being read is taken as (null: nothing), and where that text starts. */
    private Capture capture;
    private ScannedValue value;
    private int valueFrom;
    /** The items to note, or null; and the notes. */
    private final ListedItems items;
    private final ItemNotes notes;
    /** Whether the start tag just read declared a namespace (an item holding one is not cut out as it stands). */
    private boolean declaredNamespace;
    /** Bytes so far beyond one char per character (UTF-8 sequences), to turn byte offsets into the text's offsets. */
    private int extraBytes;
    /** Where the last '&' or CR of text was: a value holding one is left to the general reading (it would alter it). */
    private int lastAltered = -1;
    private int references;
    // Where each non-ASCII character's bytes start, in order, for the decoding.
    private int[] nonAscii = new int[16];
    private int nonAsciiCount;
    private final int[] attributeName = new int[MAX_ATTRIBUTES];
    private final int[] attributeLength = new int[MAX_ATTRIBUTES];

    /** What the text of a text-only element is taken as. */
    private enum Capture { VALUE, WINDOW_END, FIELD }

    private Utf8AnswerScan(byte[] in, int length, ListedItems items) {
        this.in = in;
        this.end = length;
        this.items = items;
        this.notes = items == null ? null : new ItemNotes();
    }

    /**
     * @param utf8   the answer's bytes, UTF-8 as its Content-Type says
     * @param length how many of them
     * @return its text and scan, or null when this reading does not judge it (read it the general way)
     */
    public static Read read(byte[] utf8, int length) {
        return read(utf8, length, null);
    }

    /**
     * @param items the items to note as {@link ResponseScan#of(String, ListedItems)} notes them (a consumer's page), or null
     */
    public static Read read(byte[] utf8, int length, ListedItems items) {
        Utf8AnswerScan reading = new Utf8AnswerScan(utf8, length, items);
        if (!reading.document()) {
            return null;
        }
        ListedItems.Found listed = items == null ? null
                : new ListedItems.Found(reading.notes.found, ResponseScan.windowEnd(items, reading.values, reading.notes.before));
        return new Read(reading.decode(), ResponseScan.of(reading.root, reading.values, listed));
    }

    // ---- the document: [declaration] whitespace* element whitespace*

    private boolean document() {
        if (startsWith("<?xml") && p + 5 < end && isSpace(in[p + 5]) && !declaration()) {
            return false;
        }
        skipSpace();
        if (p >= end || in[p] != '<' || !startTag()) {
            return false;
        }
        while (depth > 0) {
            if (!text() || !markup()) {
                return false;
            }
        }
        skipSpace();
        return p == end;
    }

    /** {@code <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"] ?>}, as XML 1.0 writes it, and nothing else. */
    private boolean declaration() {
        p += 5;
        if (!pseudoAttribute("version") || !"1.0".equals(pseudoValue)) {
            return false;
        }
        int before = p;
        if (pseudoAttribute("encoding")) {
            if (!"UTF-8".equalsIgnoreCase(pseudoValue)) {
                return false;
            }
            before = p;
        } else {
            p = before;
        }
        if (pseudoAttribute("standalone")) {
            if (!"yes".equals(pseudoValue) && !"no".equals(pseudoValue)) {
                return false;
            }
        } else {
            p = before;
        }
        skipSpace();
        return expect((byte) '?') && expect((byte) '>');
    }

    private String pseudoValue;

    /** Whitespace, {@code name}, {@code =}, a quoted ASCII value (kept in {@link #pseudoValue}). */
    private boolean pseudoAttribute(String name) {
        if (!skipSpace() || !startsWith(name)) {
            return false;
        }
        p += name.length();
        byte quote = equalsAndQuote();
        if (quote == 0) {
            return false;
        }
        int from = p;
        while (p < end && in[p] != quote) {
            byte b = in[p];
            if (!(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.' || b == '_' || b == '-')) {
                return false;
            }
            p++;
        }
        if (p >= end) {
            return false;
        }
        pseudoValue = new String(in, from, p - from, StandardCharsets.US_ASCII);
        p++;
        return true;
    }

    // ---- markup

    /** At '<': an end tag or a start tag; anything else ('!' or '?') is left to the general reading. */
    private boolean markup() {
        if (p + 1 >= end) {
            return false;
        }
        byte next = in[p + 1];
        if (next == '/') {
            return endTag();
        }
        return next != '!' && next != '?' && startTag();
    }

    /** {@code <name (space attribute)* space? (> | />)}. */
    private boolean startTag() {
        if (capture != null || depth == MAX_DEPTH) {
            // An element inside one whose text is taken: that text would not be what the general reading takes.
            return false;
        }
        if (depth == 0 && root != null) {
            return false;
        }
        int tagStart = p;
        p++;
        int nameFrom = p;
        if (!name()) {
            return false;
        }
        int nameLength = p - nameFrom;
        declaredNamespace = false;
        if (reservedName(nameFrom, nameLength)) {
            return false;
        }
        int attributes = 0;
        while (true) {
            boolean spaced = skipSpace();
            if (p >= end) {
                return false;
            }
            byte b = in[p];
            if (b == '>' || b == '/') {
                if (b == '/') {
                    p++;
                    if (p >= end || in[p] != '>') {
                        return false;
                    }
                }
                p++;
                return opened(tagStart, nameFrom, nameLength, b == '/');
            }
            if (!spaced || attributes == MAX_ATTRIBUTES || !attribute(attributes)) {
                return false;
            }
            attributes++;
        }
    }

    /** {@code name space? = space? "value"}, the name unlike the element's earlier ones. */
    private boolean attribute(int earlier) {
        int from = p;
        if (!name()) {
            return false;
        }
        int length = p - from;
        boolean namespaceDeclaration = length == 5 && startsWith(from, "xmlns");
        declaredNamespace |= namespaceDeclaration;
        if (!namespaceDeclaration && reservedName(from, length)) {
            return false;
        }
        for (int i = 0; i < earlier; i++) {
            if (attributeLength[i] == length && Arrays.equals(in, attributeName[i], attributeName[i] + length, in, from, from + length)) {
                return false;
            }
        }
        attributeName[earlier] = from;
        attributeLength[earlier] = length;
        byte quote = equalsAndQuote();
        if (quote == 0) {
            return false;
        }
        int valueStart = p;
        while (true) {
            if (p >= end) {
                return false;
            }
            byte b = in[p];
            if (b == quote) {
                break;
            }
            if (b >= 0x20) {
                if (b == '<' || b == '&') {
                    return false;
                }
                p++;
            } else if (b < 0) {
                if (!nonAsciiCharacter()) {
                    return false;
                }
            } else if (b == '\t' || b == '\n' || b == '\r') {
                p++;
            } else {
                return false;
            }
        }
        if (p - valueStart > MAX_ATTRIBUTE_BYTES) {
            return false;
        }
        if (namespaceDeclaration && (sameBytes(valueStart, p, XML_NAMESPACE) || sameBytes(valueStart, p, XMLNS_NAMESPACE))) {
            return false;
        }
        p++;
        return true;
    }

    /**
     * An element has begun: in the same order as {@link ResponseScan#of(String, ListedItems)}, it is part of an item, the
     * root, a value's element, or (when items are noted) a list, the window's end or an item; then one more open element.
     *
     * @return false when the general reading is left to judge
     */
    private boolean opened(int tagStart, int nameFrom, int nameLength, boolean empty) {
        int elementDepth = depth + 1;
        if (notes != null && notes.itemDepth > 0) {
            notes.withinItem(nameFrom, nameLength, empty);
        } else if (elementDepth == 1) {
            root = new String(in, nameFrom, nameLength, StandardCharsets.US_ASCII);
        } else {
            ScannedValue found = ScannedValue.at(elementDepth, in, nameFrom, nameLength, root);
            if (found != null && values[found.ordinal()] == null) {
                if (empty) {
                    values[found.ordinal()] = "";
                } else {
                    capture = Capture.VALUE;
                    value = found;
                    valueFrom = p;
                }
            } else if (notes != null && !notes.started(tagStart, nameFrom, nameLength, empty)) {
                return false;
            }
        }
        if (!empty) {
            openName[depth] = nameFrom;
            openLength[depth] = nameLength;
            depth++;
        }
        return true;
    }

    /** {@code </name space? >}, the name the innermost open element's. */
    private boolean endTag() {
        int textEnd = p;
        int open = depth - 1;
        int length = openLength[open];
        int from = p + 2;
        // The open element's name, already judged; whatever follows it must be space or '>' below.
        if (from + length >= end || !Arrays.equals(in, from, from + length, in, openName[open], openName[open] + length)) {
            return false;
        }
        p = from + length;
        skipSpace();
        if (!expect((byte) '>')) {
            return false;
        }
        Capture taken = capture;
        if (taken != null) {
            if (lastAltered >= valueFrom) {
                return false;
            }
            String text = new String(in, valueFrom, textEnd - valueFrom, StandardCharsets.UTF_8).trim();
            if (taken == Capture.VALUE) {
                values[value.ordinal()] = text;
            } else if (taken == Capture.WINDOW_END) {
                notes.before = text;
            } else {
                notes.fields.putIfAbsent(notes.child, text);
            }
            capture = null;
        }
        if (notes != null) {
            if (notes.itemDepth > 0) {
                notes.endedWithinItem();
            } else if (taken == null) {
                notes.ended(from, length);
            }
        }
        depth--;
        return true;
    }

    /** An ASCII XML name without a prefix: a letter or '_', then letters, digits, '.', '-' or '_'. */
    private boolean name() {
        if (p >= end || !nameStart(in[p])) {
            return false;
        }
        p++;
        boolean[] nameChar = NAME_CHAR;
        while (p < end) {
            byte b = in[p];
            if (nameChar[b & 0xFF]) {
                p++;
            } else {
                // A prefix (':') or a non-ASCII name is left to the general reading.
                return b != ':' && b >= 0;
            }
        }
        return false;
    }

    private static boolean nameStart(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_';
    }

    /** Names beginning with "xml" are XML's own: left to the general reading, but for the attribute xmlns. */
    private boolean reservedName(int from, int length) {
        return length >= 3 && (in[from] | 0x20) == 'x' && (in[from + 1] | 0x20) == 'm' && (in[from + 2] | 0x20) == 'l';
    }

    // ---- text

    /** Character data up to the next '<': XML characters, the five entities and character references; no "]]>". */
    private boolean text() {
        int at = p;
        byte[] bytes = in;
        int limit = end;
        boolean[] plain = PLAIN_TEXT;
        while (at < limit) {
            byte b = bytes[at];
            if (plain[b & 0xFF]) {
                at++;
            } else if (b == '<') {
                p = at;
                return true;
            } else if (b == '&') {
                p = at;
                if (!reference()) {
                    return false;
                }
                lastAltered = at;
                at = p;
            } else if (b == ']') {
                if (at + 2 < limit && bytes[at + 1] == ']' && bytes[at + 2] == '>') {
                    return false;
                }
                at++;
            } else if (b < 0) {
                p = at;
                if (!nonAsciiCharacter()) {
                    return false;
                }
                at = p;
            } else if (b == '\r') {
                lastAltered = at;
                at++;
            } else {
                return false;
            }
        }
        return false;
    }

    /** {@code &lt; &gt; &amp; &quot; &apos;}, or {@code &#N;} / {@code &#xH;} naming an XML character. */
    private boolean reference() {
        if (++references > MAX_REFERENCES) {
            return false;
        }
        int from = p + 1;
        int semicolon = -1;
        for (int i = from; i < end && i < from + 10; i++) {
            if (in[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            return false;
        }
        p = semicolon + 1;
        if (in[from] != '#') {
            return startsWith(from, "lt;") || startsWith(from, "gt;") || startsWith(from, "amp;") || startsWith(from, "quot;")
                    || startsWith(from, "apos;");
        }
        boolean hex = from + 1 < semicolon && in[from + 1] == 'x';
        int digits = from + (hex ? 2 : 1);
        if (digits == semicolon) {
            return false;
        }
        int code = 0;
        for (int i = digits; i < semicolon; i++) {
            int digit = Character.digit(in[i], hex ? 16 : 10);
            if (digit < 0) {
                return false;
            }
            code = code * (hex ? 16 : 10) + digit;
        }
        return xmlCharacter(code);
    }

    /** XML 1.0's Char production (the loop of at most 7 hex or 8 decimal digits cannot overflow an int). */
    private static boolean xmlCharacter(int code) {
        return code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF || code >= 0xE000 && code <= 0xFFFD
                || code >= 0x10000 && code <= 0x10FFFF;
    }

    /**
     * A UTF-8 sequence of two to four bytes naming an XML character: no overlong form, no surrogate, nothing above
     * U+10FFFF, not U+FFFE or U+FFFF. Its start is noted for the decoding.
     */
    private boolean nonAsciiCharacter() {
        int lead = in[p] & 0xFF;
        int length;
        int code;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07;
        } else {
            return false;
        }
        if (p + length > end) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            int continuation = in[p + i] & 0xFF;
            if ((continuation & 0xC0) != 0x80) {
                return false;
            }
            code = code << 6 | continuation & 0x3F;
        }
        boolean shortest = length == 2 || length == 3 && code >= 0x800 || length == 4 && code >= 0x10000;
        if (!shortest || !xmlCharacter(code)) {
            return false;
        }
        if (nonAsciiCount == nonAscii.length) {
            nonAscii = Arrays.copyOf(nonAscii, nonAscii.length * 2);
        }
        nonAscii[nonAsciiCount++] = p;
        extraBytes += length == 4 ? 2 : length - 1;
        p += length;
        return true;
    }

    // ---- decoding, once the bytes are known to be good UTF-8

    private String decode() {
        if (nonAsciiCount == 0) {
            return new String(in, 0, end, StandardCharsets.US_ASCII);
        }
        char[] text = new char[end];
        int to = 0;
        int from = 0;
        for (int n = 0; n < nonAsciiCount; n++) {
            int at = nonAscii[n];
            for (int i = from; i < at; i++) {
                text[to++] = (char) in[i];
            }
            int lead = in[at] & 0xFF;
            if (lead < 0xE0) {
                text[to++] = (char) ((lead & 0x1F) << 6 | in[at + 1] & 0x3F);
                from = at + 2;
            } else if (lead < 0xF0) {
                text[to++] = (char) ((lead & 0x0F) << 12 | (in[at + 1] & 0x3F) << 6 | in[at + 2] & 0x3F);
                from = at + 3;
            } else {
                int code = (lead & 0x07) << 18 | (in[at + 1] & 0x3F) << 12 | (in[at + 2] & 0x3F) << 6 | in[at + 3] & 0x3F;
                text[to++] = Character.highSurrogate(code);
                text[to++] = Character.lowSurrogate(code);
                from = at + 4;
            }
        }
        for (int i = from; i < end; i++) {
            text[to++] = (char) in[i];
        }
        return new String(text, 0, to);
    }

    // ---- a consumer's items, noted as the general reading notes them (ResponseScan.ItemNotes)

    /** The items of {@link #items} as the pass meets them; offsets are the text's (chars), not the bytes'. */
    private final class ItemNotes {
        private final List<ListedItems.Item> found = new ArrayList<>();
        private final byte[][] kept;
        private String before;
        /** The list element being read, when the selection names lists. */
        private String list;
        // The item being read: its depth below its own element (0: outside any item), start, child, fields.
        private int itemDepth;
        private int start;
        private boolean prefixFree;
        private String child;
        private Map<String, String> fields;

        ItemNotes() {
            kept = items.kept().stream().map(name -> name.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
        }

        /**
         * A start tag outside any item: the window's end, a list, or an item.
         *
         * @return false when the general reading is left to judge (an empty item element)
         */
        boolean started(int tagStart, int nameFrom, int nameLength, boolean empty) {
            String name = new String(in, nameFrom, nameLength, StandardCharsets.US_ASCII);
            if (name.equals(items.before()) && before == null) {
                if (empty) {
                    before = "";
                } else {
                    capture = Capture.WINDOW_END;
                    valueFrom = p;
                }
            } else if (items.lists().contains(name)) {
                list = empty ? null : name;
            } else if (name.equals(items.item()) && (items.lists().isEmpty() || list != null)) {
                if (empty) {
                    return false;
                }
                itemDepth = 1;
                start = tagStart - extraBytes;
                prefixFree = !declaredNamespace;
                fields = new HashMap<>();
                child = null;
            }
            return true;
        }

        /** A start tag inside an item: a child whose text may be kept, or deeper. */
        void withinItem(int nameFrom, int nameLength, boolean empty) {
            itemDepth++;
            if (itemDepth == 2) {
                child = null;
                for (byte[] name : kept) {
                    if (name.length == nameLength && Arrays.equals(name, 0, nameLength, in, nameFrom, nameFrom + nameLength)) {
                        child = new String(name, StandardCharsets.US_ASCII);
                        if (empty) {
                            fields.putIfAbsent(child, "");
                        } else {
                            capture = Capture.FIELD;
                            valueFrom = p;
                        }
                        break;
                    }
                }
            }
            if (declaredNamespace) {
                prefixFree = false;
            }
            if (empty) {
                itemDepth--;
            }
        }

        /** An end tag inside an item; the item's own closes it. */
        void endedWithinItem() {
            itemDepth--;
            if (itemDepth == 0) {
                found.add(new ListedItems.Item(start, p - extraBytes, list, fields, prefixFree));
            }
        }

        /** An end tag outside any item: the list's own ends it. */
        void ended(int nameFrom, int nameLength) {
            if (list != null && list.length() == nameLength && startsWith(nameFrom, list)) {
                list = null;
            }
        }
    }

    // ---- small helpers

    /** {@code space? = space?} and an opening quote, read past: the quote, or 0 when they are not there. */
    private byte equalsAndQuote() {
        skipSpace();
        if (!expect((byte) '=')) {
            return 0;
        }
        skipSpace();
        if (p >= end || in[p] != '"' && in[p] != '\'') {
            return 0;
        }
        return in[p++];
    }

    /** Skips XML whitespace; whether there was any. */
    private boolean skipSpace() {
        int from = p;
        while (p < end && isSpace(in[p])) {
            p++;
        }
        return p > from;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private boolean expect(byte b) {
        if (p < end && in[p] == b) {
            p++;
            return true;
        }
        return false;
    }

    private boolean startsWith(String ascii) {
        return startsWith(p, ascii);
    }

    private boolean startsWith(int at, String ascii) {
        if (at + ascii.length() > end) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (in[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBytes(int from, int to, byte[] expected) {
        return to - from == expected.length && Arrays.equals(in, from, to, expected, 0, expected.length);
    }
}
