package io.camelmws.sandbox.webservice;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Random values that depend only on the sandbox's seed, a key (a SellerFulfillmentOrderId, a ShipmentId...) and a
 * purpose: the same seed and request give the same shipment ids, tracking numbers and dates whatever was asked
 * before, so the sections that create things need no counters to stay deterministic.
 */
public final class StableRandom {

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SplittableRandom random;

    public StableRandom(long seed, String key, String purpose) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        long keyHash = crc.getValue();
        crc.reset();
        crc.update(purpose.getBytes(StandardCharsets.UTF_8));
        random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ keyHash * 0xD1B54A32D192ED03L ^ crc.getValue());
    }

    /** Uniform in [from, to). */
    public int between(int from, int to) {
        return random.nextInt(from, to);
    }

    /** Uniform in [from, to). */
    public long between(long from, long to) {
        return random.nextLong(from, to);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code length} characters of 0-9 and A-Z. */
    public String alphanumeric(int length) {
        return characters(ALPHANUMERIC, length);
    }

    /** {@code length} decimal digits. */
    public String digits(int length) {
        return characters("0123456789", length);
    }

    /** {@code length} characters drawn from {@code alphabet}. */
    public String characters(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
