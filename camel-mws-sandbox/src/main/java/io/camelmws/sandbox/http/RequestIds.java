package io.camelmws.sandbox.http;

import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh request ids and response-context tokens. Uniqueness matters here, unpredictability does not, so a
 * thread-local random source is used instead of {@link UUID#randomUUID()}'s shared SecureRandom.
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** A random (version 4) UUID, like MWS's {@code x-mws-request-id}. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** An opaque base64 token like MWS's {@code x-mws-response-context}; clients must not interpret it. */
    public static String responseContext() {
        byte[] bytes = new byte[48];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
