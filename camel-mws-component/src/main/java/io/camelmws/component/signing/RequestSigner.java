package io.camelmws.component.signing;

import java.util.Base64;

import javax.crypto.Mac;

/**
 * Signs requests for one secret key and method. A keyed {@link Mac} is expensive to create and not
 * thread-safe, so each thread keeps its own initialised clone. The secret never leaves this object and
 * {@link #toString()} does not show it.
 */
public final class RequestSigner {

    private final SignatureMethod method;
    private final ThreadLocal<Mac> macs;

    public RequestSigner(String secretKey, SignatureMethod method) {
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("secretKey must be set to sign MWS requests");
        }
        this.method = method;
        SignatureV2.newMac(secretKey, method); // fail fast here rather than on the first request
        this.macs = ThreadLocal.withInitial(() -> SignatureV2.newMac(secretKey, method));
    }

    public SignatureMethod method() {
        return method;
    }

    /**
     * Signs {@code prefix} (the {@code METHOD\nhost\npath\n} part of the string to sign, fixed per endpoint) followed by
     * the canonical query held in {@code query}, and returns the base64 signature as ASCII bytes.
     */
    public byte[] sign(byte[] prefix, AsciiBuffer query) {
        Mac mac = macs.get();
        mac.update(prefix);
        mac.update(query.array(), 0, query.length());
        return Base64.getEncoder().encode(mac.doFinal());
    }

    @Override
    public String toString() {
        return "RequestSigner[" + method + ", secretKey=xxxxxx]";
    }
}
