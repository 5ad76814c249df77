package io.camelmws.sandbox.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Decides whether a request's {@code Signature} is the one its secret key produces. Clients disagree on
 * whether the signed host carries the port (REFERENCE 5.1), so the Host header is tried as received, then
 * without its port, then with the server's port, before the signature is declared wrong.
 */
public final class SignatureVerifier {

    private final HmacSigner signer;

    public SignatureVerifier(String secretKey) {
        this.signer = new HmacSigner(secretKey);
    }

    /**
     * @param method     HTTP method of the request
     * @param hostHeader the Host header as received
     * @param rawPath    the request path as requested
     * @param parameters all decoded request parameters (Signature is ignored if present)
     * @param algorithm  the algorithm named by SignatureMethod
     * @param provided   the decoded Signature parameter
     * @param serverPort the port the sandbox listens on, for clients that sign a host without it
     */
    public boolean verify(String method, String hostHeader, String rawPath, Map<String, String> parameters,
                          SignatureMethod algorithm, String provided, int serverPort) {
        byte[] providedBytes = provided.getBytes(StandardCharsets.US_ASCII);
        String canonicalQuery = CanonicalQuery.of(parameters);
        String host = hostHeader == null ? "" : hostHeader;
        if (matches(method, host, rawPath, canonicalQuery, algorithm, providedBytes)) {
            return true;
        }
        String hostWithoutPort = stripPort(host);
        if (!hostWithoutPort.equals(host)
                && matches(method, hostWithoutPort, rawPath, canonicalQuery, algorithm, providedBytes)) {
            return true;
        }
        String hostWithServerPort = hostWithoutPort + ':' + serverPort;
        return !hostWithServerPort.equalsIgnoreCase(host)
                && matches(method, hostWithServerPort, rawPath, canonicalQuery, algorithm, providedBytes);
    }

    private boolean matches(String method, String host, String rawPath, String canonicalQuery,
                            SignatureMethod algorithm, byte[] provided) {
        byte[] expected = signer.signatureBytes(StringToSign.of(method, host, rawPath, canonicalQuery), algorithm);
        // Constant time, so response timing tells an attacker nothing about how much of a guess was right.
        return MessageDigest.isEqual(expected, provided);
    }

    /** {@code host:port} to {@code host}; leaves IPv6 literals like {@code [::1]} (no port) intact. */
    static String stripPort(String host) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.indexOf(']', colon) >= 0) {
            return host;
        }
        for (int i = colon + 1; i < host.length(); i++) {
            if (!Character.isDigit(host.charAt(i))) {
                return host;
            }
        }
        return host.substring(0, colon);
    }
}
