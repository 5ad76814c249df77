package io.camelmws.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@link HttpExchange} into an {@link IncomingRequest}: parameters from the query string and, for a
 * form POST, from the body (REFERENCE 12 item 3). The body of an operation that carries a document (SubmitFeed,
 * named by {@code Action} in the query string) is never read as a form, whatever its Content-Type: it is spooled
 * to a temporary file with its MD5 ({@link IncomingRequest.Document}). Any other body is left unread.
 */
public final class RequestReader {

    /** Operations whose body is a document and whose parameters are all in the query string (REFERENCE 1.1). */
    static final Set<String> DOCUMENT_ACTIONS = Set.of("SubmitFeed", "SubmitFBAOutboundShipmentInvoice");

    /** "Feed size must be below 2 GiB" (Feeds_SubmitFeed): the largest document kept is 2^31 - 1 bytes. */
    public static final long MAX_DOCUMENT_BYTES = (1L << 31) - 1;

    private static final int SPOOL_BUFFER_BYTES = 256 * 1024;

    private final int maxFormBodyBytes;
    private final long maxDocumentBytes;

    public RequestReader(int maxFormBodyBytes) {
        this(maxFormBodyBytes, MAX_DOCUMENT_BYTES);
    }

    public RequestReader(int maxFormBodyBytes, long maxDocumentBytes) {
        this.maxFormBodyBytes = maxFormBodyBytes;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public IncomingRequest read(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getRequestHeaders();
        String method = exchange.getRequestMethod();
        String contentType = headers.getFirst("Content-Type");
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();

        Map<String, String> parameters = new LinkedHashMap<>();
        FormDecoder.decodeInto(uri.getRawQuery(), parameters);
        boolean tooLarge = false;
        IncomingRequest.Document document = null;
        // Set.of(..).contains(null) throws: a form POST carries its Action in the body, not the query.
        String queryAction = parameters.get("Action");
        if ("POST".equals(method) && queryAction != null && DOCUMENT_ACTIONS.contains(queryAction)) {
            document = spool(exchange.getRequestBody(), contentType, headers.getFirst("Content-MD5"));
        } else if ("POST".equals(method) && isForm(contentType)) {
            byte[] bytes = readForm(exchange.getRequestBody(), headers.getFirst("Content-Length"));
            if (bytes.length > maxFormBodyBytes) {
                tooLarge = true;
            } else {
                FormDecoder.decodeInto(bytes, bytes.length, parameters);
            }
        }
        return new IncomingRequest(method, rawPath, headers.getFirst("Host"), headers.getFirst("User-Agent"),
                contentType, parameters, tooLarge, document);
    }

    /**
     * At most {@code maxFormBodyBytes + 1} bytes of a form body. With a Content-Length (the usual case) exactly
     * that many are read into one array: {@code readNBytes(int)} would allocate and copy 8 KiB buffers for every
     * request, the largest allocation of a GetServiceStatus round trip.
     */
    private byte[] readForm(InputStream body, String contentLength) throws IOException {
        long announced = -1;
        if (contentLength != null) {
            try {
                announced = Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                // the JDK server has refused it already; read as if unknown
            }
        }
        if (announced < 0 || announced > maxFormBodyBytes) {
            return body.readNBytes(maxFormBodyBytes + 1);
        }
        byte[] bytes = new byte[(int) announced];
        int read = body.readNBytes(bytes, 0, bytes.length);
        return read == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, read);
    }

    /**
     * Copies the body to a temporary file (the JDK server has already undone any chunked transfer coding) and
     * computes its MD5 on the way; a body over the limit is dropped and only counted up to the limit.
     */
    private IncomingRequest.Document spool(InputStream body, String contentType, String contentMd5Header)
            throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is mandatory in every Java SE implementation", e);
        }
        Path file = Files.createTempFile("camel-mws-sandbox-document-", ".tmp");
        long size = 0;
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[SPOOL_BUFFER_BYTES];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                size += n;
                if (size > maxDocumentBytes) {
                    return new IncomingRequest.Document(null, size, null, contentType, contentMd5Header, true);
                }
                md5.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
        return new IncomingRequest.Document(file, size, Base64.getEncoder().encodeToString(md5.digest()),
                contentType, contentMd5Header, false);
    }

    /**
     * A missing Content-Type counts as a form, and so does the docs' misspelt {@code x-www-form-urlencoded}
     * without {@code application/}; a charset parameter is allowed but not needed.
     */
    static boolean isForm(String contentType) {
        return contentType == null || contentType.isBlank()
                || contentType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded");
    }
}
