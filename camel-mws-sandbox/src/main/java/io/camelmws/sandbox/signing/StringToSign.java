package io.camelmws.sandbox.signing;

import java.util.Locale;

/**
 * The text Signature Version 2 signs (REFERENCE 5.1 step 5): method, lowercased host, path and canonical query,
 * separated by single line feeds, without a trailing newline.
 */
public final class StringToSign {

    private StringToSign() {
    }

    /**
     * @param method         HTTP method; uppercased here
     * @param host           the Host header value (with or without port); lowercased here
     * @param rawPath        the path exactly as requested (still percent-encoded); {@code "/"} when empty.
     *                       It is not otherwise touched, so even a path without a leading slash can be signed.
     * @param canonicalQuery the result of {@link CanonicalQuery#of}
     */
    public static String of(String method, String host, String rawPath, String canonicalQuery) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return method.toUpperCase(Locale.ROOT) + '\n'
                + host.toLowerCase(Locale.ROOT) + '\n'
                + path + '\n'
                + canonicalQuery;
    }
}
