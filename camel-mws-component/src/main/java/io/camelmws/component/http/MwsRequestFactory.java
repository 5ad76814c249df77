package io.camelmws.component.http;

import io.camelmws.component.model.RequestDocument;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.signing.AsciiBuffer;
import io.camelmws.component.signing.RequestSigner;
import io.camelmws.component.signing.Rfc3986;
import io.camelmws.component.signing.SignatureV2;

/**
 * Adds the common parameters to an operation's parameters (AWSAccessKeyId, Action, seller, MWSAuthToken,
 * SignatureMethod, SignatureVersion, Timestamp, Version), signs them, and lays them out as MWS expects:
 * a form body for POST, the query for GET and for operations that send a document.
 * <p>
 * This is the hot path of every call. What does not change between requests of an operation (the encoded
 * common pairs, the {@code METHOD\nhost\npath\n} prefix of the string to sign, the URI) is prepared once per
 * operation; a request merges its own parameters into that, encodes each once, straight into bytes that are
 * both signed and sent.
 */
public final class MwsRequestFactory {

    /** The request-line limit of the servers in front of MWS; longer GETs go as POST instead. */
    public static final int MAX_REQUEST_LINE_BYTES = 8190;

    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    /** Longest possible encoded {@code &Signature=...} of a SHA-256 HMAC: 44 base64 chars, each at most 3 when escaped. */
    private static final int SIGNATURE_PARAMETER_MAX = "&Signature=".length() + 44 * 3;
    private static final byte[] SIGNATURE_PARAMETER = "&Signature=".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<AsciiBuffer> BUFFERS = ThreadLocal.withInitial(() -> new AsciiBuffer(2048));

    private final URI baseUri;
    private final String hostHeader;
    private final String accessKey;
    private final String sellerId;
    private final String authToken;
    private final RequestSigner signer;
    private final boolean preferGet;
    private final Map<ResolvedOperation, OperationTemplate> templates = new ConcurrentHashMap<>();
    private volatile OperationTemplate lastTemplate;

    public MwsRequestFactory(String baseUrl, String accessKey, String sellerId, String authToken, RequestSigner signer, boolean preferGet) {
        this.baseUri = URI.create(baseUrl);
        if (baseUri.getRawPath() != null && !baseUri.getRawPath().isEmpty() && !baseUri.getRawPath().equals("/")) {
            throw new IllegalArgumentException("endpoint '" + baseUrl + "' must not contain a path: MWS signs the section path itself");
        }
        this.hostHeader = hostHeader(baseUri);
        this.accessKey = require(accessKey, "accessKey");
        this.sellerId = require(sellerId, "sellerId");
        this.authToken = authToken;
        this.signer = signer;
        this.preferGet = preferGet;
    }

    /**
     * @param document the document of an operation that uploads one (SubmitFeed), else null
     */
    public MwsRequest create(ResolvedOperation target, SortedMap<String, String> operationParameters, Clock clock, RequestDocument document) {
        return create(target, operationParameters, document, clock.instant(), null);
    }

    /**
     * The same request with a Timestamp given verbatim, as published test vectors write it (often without
     * milliseconds); everything else is what {@link #create(ResolvedOperation, SortedMap, Clock, RequestDocument)} does.
     */
    MwsRequest createWithTimestamp(ResolvedOperation target, SortedMap<String, String> operationParameters, RequestDocument document,
                                   String timestamp) {
        return create(target, operationParameters, document, null, timestamp);
    }

    private MwsRequest create(ResolvedOperation target, SortedMap<String, String> operationParameters, RequestDocument document, Instant now,
                              String verbatimTimestamp) {
        OperationTemplate template = template(target);
        boolean carriesBody = target.operation().carriesBody();
        if (carriesBody && document == null) {
            throw new IllegalArgumentException("MWS action " + target.action() + " sends a document: the message body must not be empty");
        }
        AsciiBuffer query = BUFFERS.get().clear();
        // ContentMD5Value is signed, so the digest cannot be altered on the way; the Content-MD5 header repeats it.
        appendCanonicalQuery(query, template, operationParameters, carriesBody ? document.contentMd5() : null, now, verbatimTimestamp);
        boolean get = !carriesBody && preferGet
                      && "GET ".length() + template.path().length() + 1 + query.length() + SIGNATURE_PARAMETER_MAX + " HTTP/1.1".length()
                         <= MAX_REQUEST_LINE_BYTES;
        byte[] signature = signer.sign(get ? template.getPrefix() : template.postPrefix(), query);
        query.append(SIGNATURE_PARAMETER);
        Rfc3986.appendEncoded(query, signature);
        if (carriesBody) {
            return new MwsRequest(target.action(), "POST", URI.create(template.base() + "?" + query), hostHeader, null, document);
        }
        if (get) {
            return new MwsRequest(target.action(), "GET", URI.create(template.base() + "?" + query), hostHeader, null, null);
        }
        return new MwsRequest(target.action(), "POST", template.postUri(), hostHeader, query.toByteArray(), null);
    }

    /** Merges the template's sorted common pairs, the operation's sorted parameters and the per-request ones, in byte order. */
    private static void appendCanonicalQuery(AsciiBuffer query, OperationTemplate template, SortedMap<String, String> parameters, String contentMd5,
                                             Instant now, String verbatimTimestamp) {
        String[] commonNames = template.commonNames();
        byte[][] commonPairs = template.commonPairs();
        Iterator<Map.Entry<String, String>> own = parameters.entrySet().iterator();
        Map.Entry<String, String> next = own.hasNext() ? own.next() : null;
        // Per-request pairs, already in byte order: ContentMD5Value < Timestamp.
        String[] requestNames = contentMd5 != null ? new String[] { "ContentMD5Value", "Timestamp" } : TIMESTAMP_ONLY;
        int common = 0;
        int request = 0;
        boolean first = true;
        while (common < commonNames.length || request < requestNames.length || next != null) {
            String commonName = common < commonNames.length ? commonNames[common] : null;
            String requestName = request < requestNames.length ? requestNames[request] : null;
            String ownName = next != null ? next.getKey() : null;
            if (!first) {
                query.append('&');
            }
            first = false;
            if (commonName != null && (requestName == null || commonName.compareTo(requestName) < 0)
                && (ownName == null || commonName.compareTo(ownName) < 0)) {
                query.append(commonPairs[common++]);
            } else if (requestName != null && (ownName == null || requestName.compareTo(ownName) < 0)) {
                query.appendAscii(requestName).append('=');
                if (requestName.equals("Timestamp")) {
                    if (verbatimTimestamp != null) {
                        Rfc3986.appendEncoded(query, verbatimTimestamp);
                    } else {
                        Timestamps.appendEncoded(query, now);
                    }
                } else {
                    Rfc3986.appendEncoded(query, contentMd5);
                }
                request++;
            } else {
                Rfc3986.appendEncoded(query, ownName);
                query.append('=');
                Rfc3986.appendEncoded(query, next.getValue() == null ? "" : next.getValue());
                next = own.hasNext() ? own.next() : null;
            }
        }
    }

    private static final String[] TIMESTAMP_ONLY = { "Timestamp" };

    private OperationTemplate template(ResolvedOperation target) {
        OperationTemplate last = lastTemplate;
        if (last != null && last.target() == target) {
            return last;
        }
        OperationTemplate template = templates.computeIfAbsent(target, this::prepare);
        lastTemplate = template;
        return template;
    }

    private OperationTemplate prepare(ResolvedOperation target) {
        SortedMap<String, String> common = new TreeMap<>();
        common.put("AWSAccessKeyId", accessKey);
        common.put("Action", target.action());
        common.put(target.section().sellerParameter(), sellerId);
        if (authToken != null && !authToken.isEmpty()) {
            common.put("MWSAuthToken", authToken);
        }
        common.put("SignatureMethod", signer.method().name());
        common.put("SignatureVersion", SignatureV2.SIGNATURE_VERSION);
        common.put("Version", target.version());
        String[] names = common.keySet().toArray(new String[0]);
        byte[][] pairs = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            AsciiBuffer pair = new AsciiBuffer(64);
            Rfc3986.appendEncoded(pair, names[i]);
            pair.append('=');
            Rfc3986.appendEncoded(pair, common.get(names[i]));
            pairs[i] = pair.toByteArray();
        }
        String path = target.path();
        String encodedPath = Rfc3986.encodePath(path);
        String base = baseUri.getScheme() + "://" + baseUri.getRawAuthority() + encodedPath;
        return new OperationTemplate(target, names, pairs, prefix("POST", encodedPath), prefix("GET", encodedPath), path, base, URI.create(base));
    }

    /** {@code METHOD\nhost\npath\n}: the start of every string to sign of this operation. */
    private byte[] prefix(String method, String encodedPath) {
        return (method + '\n' + hostHeader.toLowerCase(Locale.ROOT) + '\n' + encodedPath + '\n').getBytes(StandardCharsets.UTF_8);
    }

    /** What does not change between requests of one operation. */
    private record OperationTemplate(ResolvedOperation target, String[] commonNames, byte[][] commonPairs, byte[] postPrefix, byte[] getPrefix,
                                     String path, String base, URI postUri) {
    }

    /** The Host header as HttpClient sends it: with the port only when it is not the scheme's default. */
    static String hostHeader(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()))
                              || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()));
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return defaultPort ? host : host + ":" + port;
    }

    private static String require(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " must be set (as an endpoint option or camel.component.mws." + option + ")");
        }
        return value;
    }

    /** The Timestamp, {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC, written already percent-encoded; the seconds part is cached. */
    static final class Timestamps {
        private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
        private static volatile Object[] cached = { Long.MIN_VALUE, null };

        private Timestamps() {
        }

        static void appendEncoded(AsciiBuffer out, Instant now) {
            long second = now.getEpochSecond();
            Object[] current = cached;
            byte[] prefix;
            if ((Long) current[0] == second) {
                prefix = (byte[]) current[1];
            } else {
                AsciiBuffer encoded = new AsciiBuffer(40);
                Rfc3986.appendEncoded(encoded, SECONDS.format(now) + ".");
                prefix = encoded.toByteArray();
                cached = new Object[] { second, prefix };
            }
            out.append(prefix);
            int millis = now.getNano() / 1_000_000;
            out.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10)).append('Z');
        }
    }
}
