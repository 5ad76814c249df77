package io.camelmws.sandbox.response;

import java.nio.charset.StandardCharsets;

/**
 * A tiny streaming writer for the sandbox's XML responses: MWS's {@code <?xml version="1.0"?>} prolog, two-space
 * indentation, escaped text. Only XML 1.0 characters are ever written; anything else becomes U+FFFD, as MWS does
 * (REFERENCE 8.1). Building strings is much cheaper than a DOM or a transformer for every response.
 */
public final class XmlWriter {

    private static final char REPLACEMENT = '\uFFFD';

    private final StringBuilder out = new StringBuilder(512).append("<?xml version=\"1.0\"?>\n");
    private int depth;

    /** Opens the root element with a default namespace. */
    public XmlWriter root(String name, String namespace) {
        indent();
        out.append('<').append(name).append(" xmlns=\"");
        appendEscaped(out, namespace, true);
        out.append("\">\n");
        depth++;
        return this;
    }

    public XmlWriter start(String name) {
        indent();
        out.append('<').append(name).append(">\n");
        depth++;
        return this;
    }

    /**
     * Opens an element with attributes, {@code name, value} pairs; a pair whose value is {@code null} is left out.
     * Products answers carry their item's id and status this way ({@code SellerSKU="..." status="Success"}).
     */
    public XmlWriter start(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    /** A leaf element with attributes ({@code name, value} pairs) and text; a {@code null} text omits it. */
    public XmlWriter element(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        appendEscaped(out, text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    private void attributes(String[] attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                appendEscaped(out, attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    /** An element without content, {@code <name/>}: how MWS wrote an empty list of the fulfilment sections. */
    public XmlWriter empty(String name) {
        indent();
        out.append('<').append(name).append("/>\n");
        return this;
    }

    /**
     * {@code <name><member>...</member>...</name>}, each member's content written by {@code member}, or {@code <name/>}
     * for no items: the list shape of the fulfilment sections' answers.
     */
    public <T> XmlWriter members(String name, java.util.List<T> items, java.util.function.Consumer<T> member) {
        if (items.isEmpty()) {
            return empty(name);
        }
        start(name);
        for (T item : items) {
            start("member");
            member.accept(item);
            end("member");
        }
        return end(name);
    }

    public XmlWriter end(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** A leaf element with text content; a {@code null} text omits the element, as MWS omits empty optionals. */
    public XmlWriter element(String name, String text) {
        if (text == null) {
            return this;
        }
        indent();
        out.append('<').append(name).append('>');
        appendEscaped(out, text, false);
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

    private void indent() {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Escapes markup and replaces what XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF). */
    static void appendEscaped(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n' -> out.append(attribute ? "&#" + (int) c + ';' : String.valueOf(c));
                // A raw CR would be normalised away by any parser; the reference keeps it.
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
