package io.camelmws.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} data (a query string or a POST body) into parameters:
 * {@code +} is a space, {@code %XY} a byte, bytes are UTF-8 whatever charset the Content-Type names
 * (MWS signs UTF-8). A malformed escape is kept literally instead of failing the whole request; the signature
 * check then decides. When a name repeats, the first value wins, as in servlet containers.
 */
public final class FormDecoder {

    private FormDecoder() {
    }

    public static void decodeInto(byte[] data, int length, Map<String, String> target) {
        byte[] scratch = new byte[length];
        int start = 0;
        while (start < length) {
            int end = indexOf(data, (byte) '&', start, length);
            if (end > start) {
                int equals = indexOf(data, (byte) '=', start, end);
                String name = decode(data, start, equals, scratch);
                String value = equals < end ? decode(data, equals + 1, end, scratch) : "";
                if (!name.isEmpty()) {
                    target.putIfAbsent(name, value);
                }
            }
            start = end + 1;
        }
    }

    public static void decodeInto(String data, Map<String, String> target) {
        if (data != null && !data.isEmpty()) {
            byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
            decodeInto(bytes, bytes.length, target);
        }
    }

    private static String decode(byte[] data, int from, int to, byte[] scratch) {
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '+') {
                scratch[n++] = ' ';
            } else if (b == '%' && i + 2 < to && hex(data[i + 1]) >= 0 && hex(data[i + 2]) >= 0) {
                scratch[n++] = (byte) ((hex(data[i + 1]) << 4) | hex(data[i + 2]));
                i += 2;
            } else {
                scratch[n++] = b;
            }
        }
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        return -1;
    }
}
