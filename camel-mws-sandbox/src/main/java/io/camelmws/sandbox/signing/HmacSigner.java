package io.camelmws.sandbox.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes base64 HMAC signatures with one secret key (REFERENCE 5.1 step 6). A keyed {@link Mac} per thread
 * and algorithm is kept, because looking up and initialising a Mac costs more than signing a short string.
 */
public final class HmacSigner {

    private final byte[] key;
    private final ThreadLocal<Map<SignatureMethod, Mac>> macs;

    public HmacSigner(String secretKey) {
        this.key = secretKey.getBytes(StandardCharsets.UTF_8);
        this.macs = ThreadLocal.withInitial(() -> new EnumMap<>(SignatureMethod.class));
    }

    /** Standard base64 (with padding) of the HMAC of {@code stringToSign}'s UTF-8 bytes. */
    public String sign(String stringToSign, SignatureMethod method) {
        return new String(signatureBytes(stringToSign, method), StandardCharsets.US_ASCII);
    }

    /** Like {@link #sign} but as the ASCII bytes of the base64 text, ready for a constant-time comparison. */
    public byte[] signatureBytes(String stringToSign, SignatureMethod method) {
        Mac mac = macs.get().computeIfAbsent(method, this::newMac);
        // doFinal resets the Mac, so the cached instance is ready for the next call on this thread.
        return Base64.getEncoder().encode(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac(SignatureMethod method) {
        try {
            Mac mac = Mac.getInstance(method.name());
            mac.init(new SecretKeySpec(key, method.name()));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK does not provide " + method.name(), e);
        }
    }
}
