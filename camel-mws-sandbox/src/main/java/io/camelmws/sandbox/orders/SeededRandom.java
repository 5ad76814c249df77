package io.camelmws.sandbox.orders;

import java.util.List;

/**
 * SplitMix64, written out so that the order book stays the same on every JDK. One instance per (seed, index,
 * stream): each attribute family of an order has its own stream, so any attribute can be computed without
 * generating the rest of the order.
 */
final class SeededRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SeededRandom(long seed, long index, long stream) {
        this.state = mix(seed ^ mix(index * GOLDEN_GAMMA + stream * 0xD1B54A32D192ED03L));
    }

    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [from, to). */
    long between(long from, long to) {
        return from + (nextLong() >>> 1) % (to - from);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /** An index drawn with the given relative weights. */
    int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** {@code pattern} with every {@code #} replaced by a random digit. */
    String digits(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            out.append(c == '#' ? (char) ('0' + nextInt(10)) : c);
        }
        return out.toString();
    }
}
