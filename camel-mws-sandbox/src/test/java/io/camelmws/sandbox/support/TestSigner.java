package io.camelmws.sandbox.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A deliberately separate Signature Version 2 signer for the tests, built the way the official Java clients do
 * it (URLEncoder plus replacements), so that it checks the sandbox's byte-wise verifier instead of mirroring it.
 */
public final class TestSigner {

    private TestSigner() {
    }

    public static String sign(String secretKey, String algorithm, String method, String host, String path,
                              Map<String, String> parameters) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm));
            byte[] digest = mac.doFinal(stringToSign(method, host, path, parameters)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String stringToSign(String method, String host, String path, Map<String, String> parameters) {
        return method + "\n" + host.toLowerCase() + "\n" + path + "\n" + canonicalQuery(parameters);
    }

    public static String canonicalQuery(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!"Signature".equals(name)) {
                query.add(encode(name) + "=" + encode(value));
            }
        });
        return query.toString();
    }

    /** RFC 3986 percent-encoding, the classic Java way. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
