package io.camelmws.component.http;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** MD5 as MWS uses it: base64 of the 16-byte digest. */
public final class ContentMd5 {

    private ContentMd5() {
    }

    public record Digested(long length, String base64) {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is mandatory in every Java SE implementation", e);
        }
    }

    /** base64 MD5 of {@code content}. */
    public static String ofBytes(byte[] content) {
        return encode(newDigest().digest(content));
    }

    /** base64 of a finished digest. */
    public static String encode(byte[] digest) {
        return Base64.getEncoder().encodeToString(digest);
    }

    public static Digested of(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        long length = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            digest.update(buffer, 0, read);
            length += read;
        }
        return new Digested(length, encode(digest.digest()));
    }
}
