package io.camelmws.component.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short digest of a credential, safe to use in keys that may be logged or stored in a shared database (quota
 * buckets, per-seller state): it tells credentials apart without revealing them. Not a hash code, which collides.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The first 8 bytes of the SHA-256 of {@code credential}, in hex; "-" for none. */
    public static String of(String credential) {
        if (credential == null) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every Java SE implementation", e);
        }
    }
}
