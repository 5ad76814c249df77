package io.camelmws.sandbox.orders;

import java.util.List;

/**
 * Amazon order ids ({@code 3-7-7} digits) and order item ids (14 digits) as a keyed permutation of the order's
 * index in the book: a four-round Feistel network over two 7-digit halves. Ids look random and never collide, and
 * {@code GetOrder} turns an id back into its index without any map.
 */
final class OrderIds {

    /** The most orders a book can hold. */
    static final int MAX_ORDERS = 100_000_000;

    private static final long HALF = 10_000_000L;
    private static final int ROUNDS = 4;
    /** Order item slots per order in the item id space (orders have at most 5 items). */
    private static final int ITEM_SLOTS = 8;

    /** Prefixes seen on real ids per region: North America, Europe, Japan. */
    private static final List<String> NA_PREFIXES = List.of("111", "112", "113", "114", "701", "702");
    private static final List<String> EU_PREFIXES = List.of("026", "028", "171", "302", "303", "304", "305", "404");
    private static final List<String> JP_PREFIXES = List.of("249", "250", "503");

    private OrderIds() {
    }

    static List<String> prefixes(String countryCode) {
        return switch (countryCode) {
            case "US", "CA", "MX" -> NA_PREFIXES;
            case "JP" -> JP_PREFIXES;
            default -> EU_PREFIXES;
        };
    }

    static String amazonOrderId(String prefix, long key, int index) {
        String fourteen = pad(permute(index, key));
        return prefix + '-' + fourteen.substring(0, 7) + '-' + fourteen.substring(7);
    }

    /** The index an id stands for, or -1 when it is not a 3-7-7 id in range (the prefix is checked by the caller). */
    static int indexOf(String amazonOrderId, long key) {
        if (amazonOrderId == null || amazonOrderId.length() != 19 || amazonOrderId.charAt(3) != '-'
                || amazonOrderId.charAt(11) != '-') {
            return -1;
        }
        String digits = amazonOrderId.substring(4, 11) + amazonOrderId.substring(12);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        long index = unpermute(Long.parseLong(digits), key);
        return index < MAX_ORDERS ? (int) index : -1;
    }

    static String orderItemId(long key, int orderIndex, int itemIndex) {
        return pad(permute((long) orderIndex * ITEM_SLOTS + itemIndex, key));
    }

    private static long permute(long value, long key) {
        long left = value / HALF;
        long right = value % HALF;
        for (int round = 0; round < ROUNDS; round++) {
            long next = (left + round(right, key, round)) % HALF;
            left = right;
            right = next;
        }
        return left * HALF + right;
    }

    private static long unpermute(long value, long key) {
        long left = value / HALF;
        long right = value % HALF;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            long previous = Math.floorMod(right - round(left, key, round), HALF);
            right = left;
            left = previous;
        }
        return left * HALF + right;
    }

    private static long round(long half, long key, int round) {
        return Math.floorMod(SeededRandom.mix(half ^ SeededRandom.mix(key + round)), HALF);
    }

    private static String pad(long value) {
        String text = Long.toString(value);
        return "0".repeat(14 - text.length()) + text;
    }
}
