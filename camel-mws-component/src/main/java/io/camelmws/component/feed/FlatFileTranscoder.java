package io.camelmws.component.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

import io.camelmws.component.error.MwsFeedEncodingException;
import io.camelmws.component.http.ContentMd5;

/**
 * A flat-file feed given as bytes (a file, a stream) is text: it is decoded in the charset it is declared in and
 * encoded in the marketplace's, both strictly, while it is spooled and hashed, so MWS receives what the file says in
 * the charset it reads, or nothing. A leading byte-order mark is dropped (no flat-file charset of MWS carries one).
 * The first byte invalid in the source charset, or character the marketplace's cannot carry, fails with its line and
 * column.
 */
final class FlatFileTranscoder {

    private static final int CHUNK = 64 * 1024;

    private final Charset from;
    private final Charset to;
    private long line = 1;
    private long column = 1;
    private long bytesRead;
    private boolean started;

    private FlatFileTranscoder(Charset from, Charset to) {
        this.from = from;
        this.to = to;
    }

    static SpooledDocument transcode(Exchange exchange, InputStream source, Charset from, Charset to) throws IOException {
        Path spool = Files.createTempFile("camel-mws-feed-", ".spool");
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // The temp directory is cleaned by the system eventually.
                }
            }
        });
        MessageDigest md5 = ContentMd5.newDigest();
        long length;
        try (InputStream in = source; OutputStream out = Files.newOutputStream(spool)) {
            length = new FlatFileTranscoder(from, to).copy(in, out, md5);
        }
        return new SpooledDocument(spool, length, "text/tab-separated-values; charset=" + to.name(), ContentMd5.encode(md5.digest()));
    }

    private long copy(InputStream in, OutputStream out, MessageDigest md5) throws IOException {
        CharsetDecoder decoder = from.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetEncoder encoder = to.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        ByteBuffer encoded = ByteBuffer.allocate((int) (CHUNK * encoder.maxBytesPerChar()) + 16);
        long written = 0;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult decoded;
            do {
                int before = bytes.position();
                decoded = decoder.decode(bytes, chars, end);
                bytesRead += bytes.position() - before;
                if (decoded.isError()) {
                    written += encodeAll(chars, encoder, encoded, out, md5, false);
                    throw new MwsFeedEncodingException("SubmitFeed", String.format(Locale.ROOT,
                            "The feed is not valid %s at line %d, column %d (byte offset %d); the feed was not sent. Declare the charset its bytes are in"
                            + " with the feedCharset option or the CamelCharsetName header (a file consumer's charset option sets it)",
                            from.name(), line, column, bytesRead));
                }
                written += encodeAll(chars, encoder, encoded, out, md5, false);
            } while (decoded.isOverflow());
            bytes.compact();
        }
        decoder.flush(chars);
        written += encodeAll(chars, encoder, encoded, out, md5, true);
        encoded.clear();
        encoder.flush(encoded);
        written += write(encoded, out, md5);
        return written;
    }

    /** Encodes what {@code chars} holds, keeping line and column of the next character; returns the bytes written. */
    private long encodeAll(CharBuffer chars, CharsetEncoder encoder, ByteBuffer encoded, OutputStream out, MessageDigest md5, boolean end)
            throws IOException {
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        long written = 0;
        CoderResult result;
        do {
            encoded.clear();
            int before = chars.position();
            result = encoder.encode(chars, encoded, end);
            advance(chars, before, chars.position());
            if (result.isError()) {
                int codePoint = Character.codePointAt(chars, 0);
                throw new MwsFeedEncodingException("SubmitFeed", String.format(Locale.ROOT,
                        "The feed contains '%s' (U+%04X) at line %d, column %d, which %s cannot encode; the feed was not sent."
                        + " Remove or replace it, or declare another charset with feedContentType", new String(Character.toChars(codePoint)),
                        codePoint, line, column, to.name()));
            }
            written += write(encoded, out, md5);
        } while (result.isOverflow());
        chars.compact();
        return written;
    }

    private void advance(CharBuffer chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    private static long write(ByteBuffer encoded, OutputStream out, MessageDigest md5) throws IOException {
        encoded.flip();
        int length = encoded.remaining();
        md5.update(encoded.array(), 0, length);
        out.write(encoded.array(), 0, length);
        return length;
    }
}
