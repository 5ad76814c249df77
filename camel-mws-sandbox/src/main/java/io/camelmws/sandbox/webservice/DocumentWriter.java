package io.camelmws.sandbox.webservice;

import java.nio.charset.StandardCharsets;

/**
 * Writes the XML documents that MWS delivered as documents rather than as API responses (XML reports, feed
 * processing reports): an {@code encoding="UTF-8"} prolog, tab indentation, attributes, escaped text. Characters
 * XML 1.0 cannot carry become U+FFFD, as MWS replaced them (REFERENCE 8.1).
 */
public final class DocumentWriter {

    private final StringBuilder out = new StringBuilder(1024)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private int depth;

    /** Opens an element; {@code attributes} are name, value pairs. */
    public DocumentWriter open(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    public DocumentWriter close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** A leaf element; {@code null} text omits it. {@code attributes} are name, value pairs. */
    public DocumentWriter leaf(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            out.append('\t');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
