package io.camelmws.sandbox.signing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the canonical query of Signature Version 2 (REFERENCE 5.1 steps 1-4): every parameter except
 * {@code Signature}, sorted by name in byte order of the UTF-8 encoding, encoded per {@link Rfc3986},
 * joined as {@code name=value} with {@code &}.
 */
public final class CanonicalQuery {

    /** The one parameter that never takes part in its own computation. */
    public static final String SIGNATURE = "Signature";

    /**
     * Comparing code points gives the same order as comparing UTF-8 bytes; plain {@code String.compareTo}
     * (UTF-16 units) would differ for characters above U+FFFF.
     */
    private static final Comparator<String> BYTE_ORDER = CanonicalQuery::compareCodePoints;

    private CanonicalQuery() {
    }

    public static String of(Map<String, String> parameters) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(parameters.size());
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            if (!SIGNATURE.equals(entry.getKey())) {
                entries.add(entry);
            }
        }
        entries.sort(Map.Entry.comparingByKey(BYTE_ORDER));
        StringBuilder out = new StringBuilder(parameters.size() * 40);
        for (Map.Entry<String, String> entry : entries) {
            if (out.length() > 0) {
                out.append('&');
            }
            Rfc3986.appendEncoded(out, entry.getKey());
            out.append('=');
            Rfc3986.appendEncoded(out, entry.getValue() == null ? "" : entry.getValue());
        }
        return out.toString();
    }

    static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
