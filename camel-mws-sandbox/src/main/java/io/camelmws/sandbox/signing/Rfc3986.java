package io.camelmws.sandbox.signing;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as Signature Version 2 requires it (REFERENCE 5.1 step 3): UTF-8 bytes, only the RFC 3986
 * unreserved set {@code A-Z a-z 0-9 - _ . ~} left as is, every other byte as {@code %XY} with uppercase hex.
 * Written byte by byte rather than with URLEncoder so the verifier shares no trick with the clients it checks.
 */
public final class Rfc3986 {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Rfc3986() {
    }

    public static void appendEncoded(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // Rare: encode the rest through UTF-8 bytes; everything before was plain ASCII.
                appendEncodedBytes(out, value.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            appendAscii(out, c);
        }
    }

    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendEncoded(out, value);
        return out.toString();
    }

    private static void appendEncodedBytes(StringBuilder out, byte[] bytes) {
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned >= 0x80) {
                appendPercent(out, unsigned);
            } else {
                appendAscii(out, (char) unsigned);
            }
        }
    }

    private static void appendAscii(StringBuilder out, char c) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            appendPercent(out, c);
        }
    }

    private static void appendPercent(StringBuilder out, int unsignedByte) {
        out.append('%').append(HEX[unsignedByte >> 4]).append(HEX[unsignedByte & 0x0F]);
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
