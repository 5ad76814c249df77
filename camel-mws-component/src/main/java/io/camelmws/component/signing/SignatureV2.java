package io.camelmws.component.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature Version 2 as MWS specifies it: the canonical query of every parameter but {@code Signature},
 * sorted in byte order, the string to sign {@code METHOD \n host \n path \n query}, and a base64 HMAC of it.
 * Pure functions of their inputs, so the published test vectors pin them down.
 */
public final class SignatureV2 {

    public static final String SIGNATURE_VERSION = "2";

    private SignatureV2() {
    }

    /**
     * The canonical query: {@code name=value} pairs joined by {@code &}, both RFC 3986 encoded. The map must
     * be sorted by the natural (UTF-16 code unit) order of its keys, which equals byte order for the ASCII
     * names MWS uses.
     */
    public static String canonicalQuery(SortedMap<String, String> parameters) {
        StringBuilder query = new StringBuilder(parameters.size() * 32);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (query.length() > 0) {
                query.append('&');
            }
            Rfc3986.appendEncoded(query, parameter.getKey());
            query.append('=');
            Rfc3986.appendEncoded(query, parameter.getValue() == null ? "" : parameter.getValue());
        }
        return query.toString();
    }

    /**
     * @param hostHeader the Host header as sent, with {@code :port} when the port is not the scheme's default
     */
    public static String stringToSign(String httpMethod, String hostHeader, String path, String canonicalQuery) {
        return httpMethod.toUpperCase(Locale.ROOT) + '\n'
               + hostHeader.toLowerCase(Locale.ROOT) + '\n'
               + Rfc3986.encodePath(path) + '\n'
               + canonicalQuery;
    }

    /** Computes the base64 HMAC of {@code stringToSign}; allocates a Mac, so hot paths use a {@link RequestSigner}. */
    public static String sign(String stringToSign, String secretKey, SignatureMethod method) {
        Mac mac = newMac(secretKey, method);
        return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    static Mac newMac(String secretKey, SignatureMethod method) {
        try {
            Mac mac = Mac.getInstance(method.name());
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), method.name()));
            return mac;
        } catch (GeneralSecurityException e) {
            // Both algorithms are mandatory in every Java SE implementation.
            throw new IllegalStateException("JCA provider lacks " + method, e);
        }
    }
}
