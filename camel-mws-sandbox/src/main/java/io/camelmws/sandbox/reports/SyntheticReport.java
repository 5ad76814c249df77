package io.camelmws.sandbox.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The content of {@code _GET_SANDBOX_SYNTHETIC_DATA_}: a tab-separated listing-like report of exactly
 * {@code size} bytes, a pure function of {@code (size, seed)}, generated while it is written and never held
 * in memory. A header row, then 128-byte rows ({@code sku asin price quantity description}); the last row is
 * longer by whatever does not fill a whole row, so any size from {@link #MIN_SIZE} up is exact.
 * <p>
 * Speed comes from precomputed blocks: each seed has {@value #VARIANTS} blocks of {@value #ROWS_PER_BLOCK} rows
 * formatted once; writing block {@code b} copies one of them and stamps the 12 digits of {@code b} into each
 * row's SKU, so every SKU in the report is unique and no row is formatted in the hot loop.
 */
public final class SyntheticReport {

    /** ReportOptions key of the size in bytes. */
    public static final String SIZE_OPTION = "size";
    /** ReportOptions key of the seed. */
    public static final String SEED_OPTION = "seed";

    static final byte[] HEADER = "sku\tasin\tprice\tquantity\tdescription\n".getBytes(StandardCharsets.US_ASCII);
    static final int ROW_BYTES = 128;
    static final int ROWS_PER_BLOCK = 2048;
    static final int BLOCK_BYTES = ROW_BYTES * ROWS_PER_BLOCK;
    static final int VARIANTS = 8;
    /** The header plus one row: the smallest report that is not empty. */
    public static final long MIN_SIZE = HEADER.length + ROW_BYTES;
    /** 1 TiB: beyond any client test, and the 12 block digits can never overflow. */
    public static final long MAX_SIZE = 1L << 40;

    /** "SYN-" then the 12 digits of the block number at this offset of every row. */
    private static final int BLOCK_DIGITS_OFFSET = 4;
    private static final int BLOCK_DIGITS = 12;
    private static final int MD5_CACHE_ENTRIES = 64;
    private static final int TEMPLATE_CACHE_ENTRIES = 4;

    private static final Map<Long, byte[][]> TEMPLATES = lru(TEMPLATE_CACHE_ENTRIES);
    private static final Map<String, CompletableFuture<String>> MD5S = lru(MD5_CACHE_ENTRIES);

    private final long size;
    private final long seed;

    private SyntheticReport(long size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /**
     * @param size bytes, 0 (a report with no data) or {@link #MIN_SIZE} to {@link #MAX_SIZE}
     * @throws IllegalArgumentException naming the allowed sizes
     */
    public static SyntheticReport of(long size, long seed) {
        if (size != 0 && (size < MIN_SIZE || size > MAX_SIZE)) {
            throw new IllegalArgumentException("size must be 0 or " + MIN_SIZE + " to " + MAX_SIZE + " bytes, was "
                    + size);
        }
        return new SyntheticReport(size, seed);
    }

    public long size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    /**
     * The base64 MD5 of the content. The first call for a (size, seed) streams the whole content through MD5
     * once (about 1.5 s per GiB); concurrent callers wait for that one computation, later ones get it cached.
     */
    public String md5Base64() {
        String key = size + ":" + seed;
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> existing;
        synchronized (MD5S) {
            existing = MD5S.putIfAbsent(key, mine);
        }
        if (existing != null) {
            return join(existing);
        }
        try {
            MessageDigest md5 = md5();
            writeTo(new DigestSink(md5));
            mine.complete(Base64.getEncoder().encodeToString(md5.digest()));
        } catch (IOException | RuntimeException e) {
            synchronized (MD5S) {
                MD5S.remove(key, mine);
            }
            mine.completeExceptionally(e);
        }
        return join(mine);
    }

    /** Writes exactly {@link #size()} bytes. */
    public void writeTo(OutputStream out) throws IOException {
        if (size == 0) {
            return;
        }
        out.write(HEADER);
        long bodyBytes = size - HEADER.length;
        long rows = bodyBytes / ROW_BYTES;
        int extra = (int) (bodyBytes % ROW_BYTES);
        // With extra bytes, the last row is written on its own, lengthened; all others come from blocks.
        long blockRows = extra == 0 ? rows : rows - 1;
        byte[][] templates = templates(seed);
        byte[] block = new byte[BLOCK_BYTES];
        byte[] digits = new byte[BLOCK_DIGITS];
        long fullBlocks = blockRows / ROWS_PER_BLOCK;
        int restRows = (int) (blockRows % ROWS_PER_BLOCK);
        for (long b = 0; b < fullBlocks; b++) {
            stamp(templates, b, block, digits, ROWS_PER_BLOCK);
            out.write(block, 0, BLOCK_BYTES);
        }
        if (restRows > 0) {
            stamp(templates, fullBlocks, block, digits, restRows);
            out.write(block, 0, restRows * ROW_BYTES);
        }
        if (extra > 0) {
            long last = rows - 1;
            long lastBlock = last / ROWS_PER_BLOCK;
            int rowInBlock = (int) (last % ROWS_PER_BLOCK);
            stamp(templates, lastBlock, block, digits, rowInBlock + 1);
            int start = rowInBlock * ROW_BYTES;
            out.write(block, start, ROW_BYTES - 1);
            byte[] padding = new byte[extra];
            for (int i = 0; i < extra; i++) {
                padding[i] = (byte) ('a' + (i % 26));
            }
            out.write(padding);
            out.write('\n');
        }
    }

    @Override
    public String toString() {
        return "SyntheticReport[size=" + size + ", seed=" + seed + "]";
    }

    /** Copies the variant chosen for block {@code b} and writes b's digits into the first {@code rows} rows. */
    private static void stamp(byte[][] templates, long b, byte[] block, byte[] digits, int rows) {
        byte[] template = templates[(int) (mix(b) & (VARIANTS - 1))];
        System.arraycopy(template, 0, block, 0, rows * ROW_BYTES);
        long value = b;
        for (int i = BLOCK_DIGITS - 1; i >= 0; i--) {
            digits[i] = (byte) ('0' + (value % 10));
            value /= 10;
        }
        for (int row = 0, offset = BLOCK_DIGITS_OFFSET; row < rows; row++, offset += ROW_BYTES) {
            System.arraycopy(digits, 0, block, offset, BLOCK_DIGITS);
        }
    }

    private static byte[][] templates(long seed) {
        synchronized (TEMPLATES) {
            return TEMPLATES.computeIfAbsent(seed, SyntheticReport::formatTemplates);
        }
    }

    /** The only place rows are formatted: {@value #VARIANTS} x {@value #ROWS_PER_BLOCK} rows once per seed. */
    private static byte[][] formatTemplates(long seed) {
        byte[][] templates = new byte[VARIANTS][BLOCK_BYTES];
        long state = seed ^ 0x5DEECE66DL;
        StringBuilder row = new StringBuilder(ROW_BYTES);
        for (int variant = 0; variant < VARIANTS; variant++) {
            for (int line = 0; line < ROWS_PER_BLOCK; line++) {
                row.setLength(0);
                row.append("SYN-").append("0".repeat(BLOCK_DIGITS)).append('-');
                appendPadded(row, line, 4);
                row.append('\t').append("B0");
                for (int i = 0; i < 8; i++) {
                    state = mix(state + i);
                    row.append(ASIN_CHARS.charAt((int) Long.remainderUnsigned(state, ASIN_CHARS.length())));
                }
                state = mix(state);
                row.append('\t');
                appendPadded(row, Long.remainderUnsigned(state, 100_000), 5);
                row.append('.');
                appendPadded(row, Long.remainderUnsigned(state >>> 20, 100), 2);
                row.append('\t');
                appendPadded(row, Long.remainderUnsigned(state >>> 40, 10_000), 4);
                row.append('\t');
                while (row.length() < ROW_BYTES - 1) {
                    state = mix(state);
                    String word = WORDS[(int) Long.remainderUnsigned(state, WORDS.length)];
                    int room = ROW_BYTES - 1 - row.length();
                    row.append(word, 0, Math.min(word.length(), room));
                    if (row.length() < ROW_BYTES - 1) {
                        row.append(' ');
                    }
                }
                row.append('\n');
                byte[] bytes = row.toString().getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(bytes, 0, templates[variant], line * ROW_BYTES, ROW_BYTES);
            }
            state = mix(state + variant);
        }
        return templates;
    }

    private static final String ASIN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String[] WORDS = {"sandbox", "synthetic", "widget", "gadget", "blue", "large", "steel",
        "cotton", "pack", "deluxe", "classic", "compact", "travel", "kitchen", "garden", "office"};

    private static void appendPadded(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /** SplitMix64's finaliser: a cheap, well-spread function of a long. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is mandatory in every Java SE implementation", e);
        }
    }

    private static String join(CompletableFuture<String> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report's MD5 was computed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("Computing the report's MD5 failed", cause);
        }
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Feeds written bytes to a digest and drops them. */
    private static final class DigestSink extends OutputStream {
        private final MessageDigest digest;

        DigestSink(MessageDigest digest) {
            this.digest = Objects.requireNonNull(digest);
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }
    }
}
