package io.camelmws.component.signing;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding exactly as Signature Version 2 demands: UTF-8 bytes, the RFC 3986 unreserved set
 * ({@code A-Z a-z 0-9 - _ . ~}) left alone, every other byte as {@code %XY} with uppercase hex. Unlike
 * {@link java.net.URLEncoder} it never produces {@code +} and never leaves {@code *} raw, which is where
 * other MWS clients go wrong.
 */
public final class Rfc3986 {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

    private Rfc3986() {
    }

    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendEncoded(out, value);
        return out.toString();
    }

    /** Appends the encoded form of {@code value}; the fast path avoids allocating for plain ASCII values. */
    public static void appendEncoded(StringBuilder out, String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    out.append(c);
                } else {
                    appendByte(out, c);
                }
            } else {
                // Non-ASCII: encode the rest through UTF-8 so surrogate pairs (emoji) become 4 bytes.
                for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    int unsigned = b & 0xFF;
                    if (unsigned < 128 && UNRESERVED[unsigned]) {
                        out.append((char) unsigned);
                    } else {
                        appendByte(out, unsigned);
                    }
                }
                return;
            }
        }
    }

    /** Appends the encoded form of {@code value} to an ASCII buffer: the allocation-free path for signing. */
    public static void appendEncoded(AsciiBuffer out, String value) {
        int length = value.length();
        out.ensure(length);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    out.ensure(1);
                    out.put((byte) c);
                } else {
                    appendByte(out, c);
                }
            } else {
                for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    int unsigned = b & 0xFF;
                    if (unsigned < 128 && UNRESERVED[unsigned]) {
                        out.ensure(1);
                        out.put((byte) unsigned);
                    } else {
                        appendByte(out, unsigned);
                    }
                }
                return;
            }
        }
    }

    /** Appends the encoded form of ASCII bytes (a base64 signature), without decoding them first. */
    public static void appendEncoded(AsciiBuffer out, byte[] ascii) {
        for (byte b : ascii) {
            int unsigned = b & 0xFF;
            if (unsigned < 128 && UNRESERVED[unsigned]) {
                out.ensure(1);
                out.put((byte) unsigned);
            } else {
                appendByte(out, unsigned);
            }
        }
    }

    private static void appendByte(AsciiBuffer out, int b) {
        out.ensure(3);
        out.put((byte) '%');
        out.put((byte) HEX[(b >> 4) & 0xF]);
        out.put((byte) HEX[b & 0xF]);
    }

    /** Encodes a path, keeping its {@code /} separators. */
    public static String encodePath(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder(path.length() + 8);
        int start = 0;
        int slash;
        while ((slash = path.indexOf('/', start)) >= 0) {
            appendEncoded(out, path.substring(start, slash));
            out.append('/');
            start = slash + 1;
        }
        appendEncoded(out, path.substring(start));
        return out.toString();
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
}
