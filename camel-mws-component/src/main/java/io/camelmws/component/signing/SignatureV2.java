package io.camelmws.component.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature Version 2 as MWS specifies it: the canonical query of every parameter but {@code Signature}, sorted in
 * byte order, the string to sign {@code METHOD \n host \n path \n query}, and a base64 HMAC of it. The request
 * factory builds the canonical query and {@link RequestSigner} signs it; this class holds the constants and keys.
 */
public final class SignatureV2 {

    public static final String SIGNATURE_VERSION = "2";

    private SignatureV2() {
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
