package io.camelmws.component.http;

import io.camelmws.component.model.ResponseMetadata;
import io.camelmws.component.model.MwsResponse;
import io.camelmws.component.model.RequestDocument;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelmws.component.error.ErrorResponseParser;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsUnreadableAnswerException;
import io.camelmws.component.xml.ListedItems;
import io.camelmws.component.xml.Utf8AnswerScan;

/**
 * Sends a signed {@link MwsRequest} through a (shared) HttpClient and reads the answer: text for XML
 * envelopes, a stream for document downloads, an {@link MwsException} for anything but 2xx.
 */
public final class MwsHttpSender {

    private static final Logger LOG = LoggerFactory.getLogger(MwsHttpSender.class);
    /** Error bodies are short XML; read no more than this of whatever else arrives instead. */
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final ContentType FORM = ContentType.parse(MwsRequestFactory.FORM_CONTENT_TYPE);

    private MwsHttpSender() {
    }

    /**
     * @param listed  the items the answer's scan should note (a consumer's list page), or null
     * @param onStart told the request once it is built, so a deadline can cancel it (which closes its connection)
     */
    public static MwsResponse send(CloseableHttpClient client, MwsRequest request, HttpSettings settings, boolean streamDocument,
                                   ListedItems listed, java.util.function.Consumer<org.apache.hc.core5.concurrent.Cancellable> onStart)
            throws IOException {
        HttpUriRequestBase http = request.method().equals("GET") ? new HttpGet(request.uri()) : new HttpPost(request.uri());
        onStart.accept(http);
        http.setHeader(HttpHeaders.USER_AGENT, settings.userAgent());
        if (request.formBody() != null) {
            http.setEntity(new ByteArrayEntity(request.formBody(), FORM));
        }
        RequestDocument document = request.document();
        if (document != null) {
            // Opened per attempt, so a retry sends the same bytes; streamed, so a large feed is never in memory.
            http.setEntity(new EntityTemplate(document.length(), ContentType.parse(document.contentType()), null, out -> {
                try (InputStream in = document.open()) {
                    in.transferTo(out);
                }
            }));
            http.setHeader("Content-MD5", document.contentMd5());
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(requestConfig(settings));
        if (settings.proxy() != null) {
            context.setAttribute(ProxyRoutePlanner.PROXY_ATTRIBUTE, settings.proxy());
        }
        LOG.debug("Sending {}", request);
        ClassicHttpResponse response = client.executeOpen(null, http, context);
        boolean handedOn = false;
        try {
            ResponseMetadata metadata = metadata(response);
            int status = response.getCode();
            HttpEntity entity = response.getEntity();
            if (status >= 200 && status < 300) {
                if (streamDocument && entity != null) {
                    handedOn = true;
                    return new MwsResponse(metadata, null, new ClosingStream(entity.getContent(), response), null);
                }
                if (entity == null) {
                    return new MwsResponse(metadata, "", null, null);
                }
                return envelope(entity, request.action(), status, metadata, settings.maxAnswerBytes(), listed);
            }
            String body = entity == null ? "" : readBounded(entity);
            MwsException error = ErrorResponseParser.parse(request.action(), status, body, metadata.requestId());
            error.setResponseMetadata(metadata);
            throw error;
        } finally {
            if (!handedOn) {
                response.close();
            }
        }
    }

    @SuppressWarnings("deprecation")
    private static RequestConfig requestConfig(HttpSettings settings) {
        return RequestConfig.custom()
                // Deprecated in favour of the pool's ConnectionConfig, which is per route; the request-level value
                // is still honoured by HttpClient 5.5 and is the only way one pool can serve endpoints with
                // different connectTimeout options.
                .setConnectTimeout(settings.connectTimeoutMillis(), TimeUnit.MILLISECONDS)
                .setResponseTimeout(settings.socketTimeoutMillis(), TimeUnit.MILLISECONDS)
                .setConnectionRequestTimeout(settings.connectionRequestTimeoutMillis(), TimeUnit.MILLISECONDS)
                .setRedirectsEnabled(false)
                .build();
    }

    /**
     * The answer as text, in the charset its Content-Type names (UTF-8 when it names none). Read as bytes and decoded
     * at once: cheaper than EntityUtils.toString's Reader, which costs as much per answer as reading all its headers.
     * A UTF-8 answer of MWS's usual shape is proved well-formed and scanned in the same pass over its bytes
     * ({@link Utf8AnswerScan}); any other is scanned when it is handled.
     */
    private static MwsResponse envelope(HttpEntity entity, String action, int status, ResponseMetadata metadata, long maxBytes,
                                        ListedItems listed) throws IOException {
        byte[] bytes = bytes(entity, action, status, metadata, maxBytes);
        Charset charset = charset(entity);
        if (charset.equals(StandardCharsets.UTF_8)) {
            Utf8AnswerScan.Read read = Utf8AnswerScan.read(bytes, bytes.length, listed);
            if (read != null) {
                return new MwsResponse(metadata, read.text(), null, null, read.scan());
            }
        }
        return new MwsResponse(metadata, strictlyDecoded(bytes, charset, action, status, metadata), null, null);
    }

    /**
     * The text of an answer the one pass did not judge. Decoded strictly: bytes that are not valid in the answer's
     * charset make the answer unreadable, where the JDK's lenient decoding would hand it on with U+FFFD in their place.
     */
    private static String strictlyDecoded(byte[] bytes, Charset charset, String action, int status, ResponseMetadata metadata)
            throws MwsUnreadableAnswerException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in).toString();
        } catch (CharacterCodingException e) {
            MwsUnreadableAnswerException unreadable = new MwsUnreadableAnswerException(action, status,
                    "its bytes are not valid " + charset.name() + " (at offset " + in.position() + ")",
                    metadata.requestId());
            unreadable.setResponseMetadata(metadata);
            throw unreadable;
        }
    }

    private static byte[] bytes(HttpEntity entity, String action, int status, ResponseMetadata metadata, long maxBytes) throws IOException {
        long declared = entity.getContentLength();
        if (declared > maxBytes) {
            throw tooLarge(action, status, metadata, declared + " bytes declared", maxBytes);
        }
        try (InputStream in = entity.getContent()) {
            if (declared >= 0) {
                byte[] bytes = in.readNBytes((int) Math.min(declared, Integer.MAX_VALUE - 8));
                if (bytes.length < declared) {
                    // HttpClient already fails a body cut short of its Content-Length; this holds for any entity.
                    throw new IOException(action + ": the answer ended after " + bytes.length + " of its " + declared + " bytes");
                }
                return bytes;
            }
            // No length given (chunked): read at most one byte past the bound, so an endless answer costs no more than that.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(action, status, metadata, "more than " + maxBytes + " bytes", maxBytes);
            }
            return bytes;
        }
    }

    private static MwsException tooLarge(String action, int status, ResponseMetadata metadata, String size, long maxBytes) {
        MwsException error = new MwsException(action, status, null, null, "the answer (" + size + ") exceeds maxAnswerSize (" + maxBytes
                                              + " bytes); it was not read. Raise maxAnswerSize, or ask for smaller pages", null, metadata.requestId());
        error.setResponseMetadata(metadata);
        return error;
    }

    private static Charset charset(HttpEntity entity) {
        ContentType type = ContentType.parseLenient(entity.getContentType());
        return type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
    }

    private static String readBounded(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            return new String(in.readNBytes(MAX_ERROR_BODY), charset(entity));
        }
    }

    static ResponseMetadata metadata(ClassicHttpResponse response) {
        return new ResponseMetadata(
                response.getCode(),
                header(response, "x-mws-request-id", header(response, "x-amz-request-id", null)),
                instant(response, "x-mws-timestamp"),
                number(response, "x-mws-quota-max"),
                number(response, "x-mws-quota-remaining"),
                instant(response, "x-mws-quota-resetsOn"),
                header(response, "x-mws-response-context", null),
                header(response, HttpHeaders.CONTENT_TYPE, null),
                header(response, HttpHeaders.DATE, null),
                header(response, "Content-MD5", null),
                Instant.now(),
                instant(response, "x-mws-sandbox-time"));
    }

    private static String header(ClassicHttpResponse response, String name, String fallback) {
        Header header = response.getFirstHeader(name);
        return header == null ? fallback : header.getValue();
    }

    private static Instant instant(ClassicHttpResponse response, String name) {
        String value = header(response, name, null);
        if (value == null) {
            return null;
        }
        try {
            return IsoInstant.parse(value.trim());
        } catch (DateTimeParseException e) {
            LOG.debug("Ignoring unparsable {} header '{}'", name, value);
            return null;
        }
    }

    private static Double number(ClassicHttpResponse response, String name) {
        String value = header(response, name, null);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            LOG.debug("Ignoring unparsable {} header '{}'", name, value);
            return null;
        }
    }

    /** The download stream; closing it returns the connection to the pool (or drops it when not fully read). */
    private static final class ClosingStream extends FilterInputStream {
        private final ClassicHttpResponse response;

        ClosingStream(InputStream in, ClassicHttpResponse response) {
            super(in);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }

}
