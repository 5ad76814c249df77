package io.camelmws.component.feed;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

import io.camelmws.component.error.MwsFeedEncodingException;
import io.camelmws.component.http.ContentTypes;
import io.camelmws.component.model.RequestDocument;

/**
 * Turns a message body into the feed MWS receives. Text is encoded in the charset its Content-Type declares:
 * the marketplace's flat-file charset (REFERENCE 7.1) for tab-separated feeds, UTF-8 for XML; a character
 * the charset cannot carry fails here, with its position, instead of reaching MWS as '?'. Files are read
 * twice (MD5, then upload) and streams spooled first, so no large feed is held in memory.
 */
public final class FeedDocuments {

    static final String XML_CONTENT_TYPE = "text/xml; charset=UTF-8";
    static final String OCTET_STREAM = "application/octet-stream";

    private FeedDocuments() {
    }

    /**
     * @param declaredContentType the feedContentType option, or null to choose from the body
     * @param flatFileCharset     the charset MWS expects for flat files in the endpoint's marketplace
     * @param flatFile            whether the FeedType is a flat file (catalog data): bytes are then text to transcode
     * @param feedCharset         the charset a flat-file feed's bytes are in (the feedCharset option), or null for the
     *                            CamelCharsetName header, else UTF-8
     */
    public static RequestDocument from(Exchange exchange, Object body, String declaredContentType, Charset flatFileCharset, boolean flatFile,
            Charset feedCharset) throws IOException {
        if (body instanceof String text) {
            return text(text, declaredContentType, flatFileCharset);
        }
        if (flatFile && (declaredContentType == null || declaredContentType.isBlank())) {
            InputStream bytes = bytesOf(exchange, body);
            if (bytes != null) {
                return FlatFileTranscoder.transcode(exchange, bytes, sourceCharset(exchange, feedCharset), flatFileCharset);
            }
        }
        if (body instanceof byte[] bytes) {
            return InMemoryDocument.of(bytes, contentTypeOrDefault(declaredContentType));
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return FileDocument.of(file.toPath(), contentTypeOrDefault(declaredContentType));
        }
        if (body instanceof File file) {
            return FileDocument.of(file.toPath(), contentTypeOrDefault(declaredContentType));
        }
        if (body instanceof Path path) {
            return FileDocument.of(path, contentTypeOrDefault(declaredContentType));
        }
        if (body instanceof StreamCache cache) {
            cache.reset();
            return SpooledDocument.spool(exchange, (InputStream) cache, contentTypeOrDefault(declaredContentType));
        }
        if (body instanceof InputStream stream) {
            return SpooledDocument.spool(exchange, stream, contentTypeOrDefault(declaredContentType));
        }
        throw new IllegalArgumentException("SubmitFeed sends the message body as the feed, but the body is a " + body.getClass().getName()
                                           + "; allowed: String, byte[], java.io.File, java.nio.file.Path, InputStream or a Camel file");
    }

    /** The body's bytes as a stream, for the kinds a feed may be given as; null for any other. */
    private static InputStream bytesOf(Exchange exchange, Object body) throws IOException {
        if (body instanceof byte[] bytes) {
            return new java.io.ByteArrayInputStream(bytes);
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return java.nio.file.Files.newInputStream(file.toPath());
        }
        if (body instanceof File file) {
            return java.nio.file.Files.newInputStream(file.toPath());
        }
        if (body instanceof Path path) {
            return java.nio.file.Files.newInputStream(path);
        }
        if (body instanceof StreamCache cache) {
            cache.reset();
            return (InputStream) cache;
        }
        if (body instanceof InputStream stream) {
            return stream;
        }
        return null;
    }

    /** What a flat-file feed's bytes are in: the feedCharset option, else the CamelCharsetName header, else UTF-8. */
    private static Charset sourceCharset(Exchange exchange, Charset feedCharset) {
        if (feedCharset != null) {
            return feedCharset;
        }
        String named = exchange.getMessage().getHeader(Exchange.CHARSET_NAME, String.class);
        if (named == null) {
            named = exchange.getProperty(ExchangePropertyKey.CHARSET_NAME, String.class);
        }
        if (named == null || named.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(named);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The CamelCharsetName header names charset '" + named + "', which this JVM does not know", e);
        }
    }

    private static String contentTypeOrDefault(String declared) {
        return declared != null && !declared.isBlank() ? declared : OCTET_STREAM;
    }

    private static RequestDocument text(String text, String declaredContentType, Charset flatFileCharset) {
        String contentType;
        Charset charset;
        if (declaredContentType != null && !declaredContentType.isBlank()) {
            contentType = declaredContentType;
            charset = charsetOf(declaredContentType, looksLikeXml(text) ? StandardCharsets.UTF_8 : flatFileCharset);
        } else if (looksLikeXml(text)) {
            contentType = XML_CONTENT_TYPE;
            charset = StandardCharsets.UTF_8;
        } else {
            charset = flatFileCharset;
            contentType = "text/tab-separated-values; charset=" + charset.name();
        }
        return InMemoryDocument.of(encode(text, charset), contentType);
    }

    static boolean looksLikeXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '<';
        }
        return false;
    }

    static Charset charsetOf(String contentType, Charset fallback) {
        String name = ContentTypes.charsetName(contentType);
        if (name == null) {
            return fallback;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("feedContentType '" + contentType + "' names charset '" + name + "', which this JVM does not know", e);
        }
    }

    /** Encodes strictly: the first character the charset cannot carry is reported with its line, column and code point. */
    static byte[] encode(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, (long) (text.length() * (double) encoder.maxBytesPerChar()) + 16));
        CoderResult result = encoder.encode(in, out, true);
        if (result.isError()) {
            throw unmappable(text, in.position(), charset);
        }
        result = encoder.flush(out);
        if (result.isError()) {
            throw unmappable(text, in.position(), charset);
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    private static MwsFeedEncodingException unmappable(String text, int index, Charset charset) {
        int codePoint = text.codePointAt(index);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String shown = new String(Character.toChars(codePoint));
        MwsFeedEncodingException e = new MwsFeedEncodingException("SubmitFeed", String.format(Locale.ROOT,
                "The feed contains '%s' (U+%04X) at line %d, column %d (character %d), which %s cannot encode; the feed was not sent."
                + " Remove or replace it, or declare another charset with feedContentType", shown, codePoint, line, index - lineStart + 1, index,
                charset.name()));
        e.initCause(new CharacterCodingException());
        return e;
    }
}
