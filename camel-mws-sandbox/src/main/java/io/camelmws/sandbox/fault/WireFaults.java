package io.camelmws.sandbox.fault;

import io.camelmws.sandbox.response.ResponseBody;
import io.camelmws.sandbox.response.SandboxResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Faults that alter an operation's real answer on its way to the wire (slow, cut short, with a wrong Content-MD5
 * or with malformed XML), and the chunked body of a raw response. Each works on an in-memory body and on a
 * streamed one ({@link ResponseBody}); a stream of unknown length is spooled to a temporary file where its length
 * must be known, never into memory.
 */
final class WireFaults {

    private static final String CONTENT_MD5 = "Content-MD5";
    /** base64(MD5("")): what a client that hashed before reading the stream would compare with. */
    private static final String MD5_OF_NOTHING = "1B2M2Y8AsgTpgAmY7PhCfg==";
    private static final String MD5_OF_X = "ndTkYSaMgDT1yFZOFVxnpg==";

    private WireFaults() {
    }

    /** The answer with its body written at about {@code bytesPerSecond}, flushed as it goes. */
    static SandboxResponse trickle(SandboxResponse answer, int bytesPerSecond) {
        ResponseBody source = bodyOf(answer);
        return answer.withStream(new ResponseBody() {
            @Override
            public long length() {
                return source.length();
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                source.writeTo(new TrickleOutputStream(out, bytesPerSecond));
            }
        });
    }

    /**
     * The answer announcing its full Content-Length, of which only {@code fractionSent} is written before the
     * connection is closed.
     */
    static SandboxResponse cutShort(SandboxResponse answer, double fractionSent) {
        ResponseBody source = knownLength(bodyOf(answer));
        long length = source.length();
        long sent = (long) Math.floor(length * fractionSent);
        return answer.withStream(new ResponseBody() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                if (length == 0) {
                    return;
                }
                try {
                    source.writeTo(new LimitedOutputStream(out, sent));
                } catch (Enough enough) {
                    // the announced length will never be reached
                }
                out.flush();
                // Thrown while the body is short: the server closes the connection instead of reusing it.
                throw new IOException("Body cut short by a fault after " + sent + " of " + length + " bytes");
            }
        });
    }

    /**
     * {@code body} in chunked transfer coding (no Content-Length); below 1, only {@code fractionSent} of it is
     * written before the connection is closed without the last chunk.
     */
    static ResponseBody chunked(byte[] body, double fractionSent) {
        int sent = fractionSent < 1 ? (int) Math.floor(body.length * fractionSent) : body.length;
        return new ResponseBody() {
            @Override
            public long length() {
                return -1;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(body, 0, sent);
                if (fractionSent < 1) {
                    out.flush();
                    // The server ends the connection instead of the message: no last chunk.
                    throw new IOException("Chunked body cut short by a fault after " + sent + " of " + body.length
                            + " bytes");
                }
            }
        };
    }

    /** The answer with a Content-MD5 header that cannot match its body. */
    static SandboxResponse wrongContentMd5(SandboxResponse answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        String original = null;
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            if (CONTENT_MD5.equalsIgnoreCase(header.getKey())) {
                original = header.getValue();
            } else {
                headers.put(header.getKey(), header.getValue());
            }
        }
        headers.put(CONTENT_MD5, wrongMd5(original, answer));
        return new SandboxResponse(answer.status(), answer.contentType(), answer.body(), answer.errorCode(), headers,
                answer.stream());
    }

    /**
     * The answer with its body ending inside an element: at the first tag that starts in its second half, after
     * the tag's first character ({@code ...<Sta}). The HTTP message itself is complete.
     */
    static SandboxResponse malformedXml(SandboxResponse answer) {
        if (answer.stream() == null) {
            byte[] body = answer.body();
            return new SandboxResponse(answer.status(), answer.contentType(),
                    Arrays.copyOf(body, cutPoint(body)), answer.errorCode(), answer.headers());
        }
        ResponseBody source = knownLength(answer.stream());
        long half = source.length() / 2;
        return answer.withStream(new ResponseBody() {
            @Override
            public long length() {
                return -1;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try {
                    source.writeTo(new TagCuttingOutputStream(out, half));
                } catch (Enough enough) {
                    // the rest of the body is not sent
                }
            }
        });
    }

    /** Where {@link #malformedXml} ends an in-memory body. */
    static int cutPoint(byte[] body) {
        int half = body.length / 2;
        for (int i = half; i < body.length; i++) {
            if (body[i] == '<') {
                return Math.min(i + 2, body.length - 1);
            }
        }
        return half;
    }

    private static String wrongMd5(String original, SandboxResponse answer) {
        if (original != null) {
            try {
                byte[] digest = Base64.getDecoder().decode(original.trim());
                if (digest.length > 0) {
                    digest[0] = (byte) ~digest[0];
                    return Base64.getEncoder().encodeToString(digest);
                }
            } catch (IllegalArgumentException notBase64) {
                // fall through to a fixed wrong value
            }
        }
        boolean empty = answer.stream() == null ? answer.body().length == 0 : answer.stream().length() == 0;
        return empty ? MD5_OF_X : MD5_OF_NOTHING;
    }

    private static ResponseBody bodyOf(SandboxResponse answer) {
        if (answer.stream() != null) {
            return answer.stream();
        }
        byte[] body = answer.body();
        return new ResponseBody() {
            @Override
            public long length() {
                return body.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(body);
            }
        };
    }

    /** {@code body} itself when its length is known, else a copy spooled to a temporary file. */
    private static ResponseBody knownLength(ResponseBody body) {
        if (body.length() >= 0) {
            return body;
        }
        try {
            Path spool = Files.createTempFile("camel-mws-sandbox-spool-", ".body");
            spool.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(spool)) {
                body.writeTo(out);
            }
            long length = Files.size(spool);
            return new ResponseBody() {
                @Override
                public long length() {
                    return length;
                }

                @Override
                public void writeTo(OutputStream out) throws IOException {
                    try (InputStream in = Files.newInputStream(spool)) {
                        in.transferTo(out);
                    } finally {
                        Files.deleteIfExists(spool);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool a streamed answer to learn its length", e);
        }
    }

    /** Thrown into the operation's writer to stop it once the fault has written all it will. */
    private static final class Enough extends IOException {
        Enough() {
            super("fault: enough written");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Passes {@code limit} bytes, then stops the writer. */
    private static final class LimitedOutputStream extends FilterOutputStream {
        private long remaining;

        LimitedOutputStream(OutputStream out, long limit) {
            super(out);
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int passed = (int) Math.min(length, remaining);
            out.write(bytes, offset, passed);
            remaining -= passed;
            if (remaining == 0) {
                throw new Enough();
            }
        }

        @Override
        public void close() {
            // the handler closes the real stream
        }
    }

    /** Passes bytes up to {@code half}, then nothing until a {@code '<'}, which it passes with one more byte. */
    private static final class TagCuttingOutputStream extends FilterOutputStream {
        private long position;
        private final long half;
        private int tagBytesLeft = -1;

        TagCuttingOutputStream(OutputStream out, long half) {
            super(out);
            this.half = half;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int end = offset + length;
            int i = offset;
            if (position < half) {
                int passed = (int) Math.min(length, half - position);
                out.write(bytes, offset, passed);
                position += passed;
                i += passed;
            }
            for (; i < end; i++, position++) {
                if (tagBytesLeft < 0 && bytes[i] == '<') {
                    tagBytesLeft = 2;
                }
                if (tagBytesLeft > 0) {
                    out.write(bytes[i]);
                    if (--tagBytesLeft == 0) {
                        throw new Enough();
                    }
                }
            }
        }

        @Override
        public void close() {
            // the handler closes the real stream
        }
    }

    /** Writes in small slices, flushed, at an average of {@code bytesPerSecond}. */
    private static final class TrickleOutputStream extends FilterOutputStream {
        private final int bytesPerSecond;
        private final int slice;
        private final long startNanos = System.nanoTime();
        private long written;

        TrickleOutputStream(OutputStream out, int bytesPerSecond) {
            super(out);
            this.bytesPerSecond = bytesPerSecond;
            this.slice = Math.max(1, bytesPerSecond / 20);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i += slice) {
                int now = Math.min(slice, offset + length - i);
                out.write(bytes, i, now);
                out.flush();
                written += now;
                pace();
            }
        }

        private void pace() throws IOException {
            long dueNanos = startNanos + written * 1_000_000_000L / bytesPerSecond;
            long waitNanos = dueNanos - System.nanoTime();
            if (waitNanos > 0) {
                try {
                    Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("trickle interrupted");
                }
            }
        }

        @Override
        public void close() {
            // the handler closes the real stream
        }
    }
}
