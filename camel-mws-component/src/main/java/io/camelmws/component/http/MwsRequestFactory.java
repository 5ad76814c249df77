package io.camelmws.component.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.signing.RequestSigner;
import io.camelmws.component.signing.Rfc3986;
import io.camelmws.component.signing.SignatureV2;

/**
 * Adds the common parameters to an operation's parameters (AWSAccessKeyId, Action, seller, MWSAuthToken,
 * SignatureMethod, SignatureVersion, Timestamp, Version), signs them, and lays them out as MWS expects:
 * a form body for POST, the query for GET and for operations that send a document.
 */
public final class MwsRequestFactory {

    /** The request-line limit of the servers in front of MWS; longer GETs go as POST instead. */
    public static final int MAX_REQUEST_LINE_BYTES = 8190;

    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Longest possible encoded {@code &Signature=...} of a SHA-256 HMAC: 44 base64 chars, each at most 3 when escaped. */
    private static final int SIGNATURE_PARAMETER_MAX = "&Signature=".length() + 44 * 3;

    private final URI baseUri;
    private final String hostHeader;
    private final String accessKey;
    private final String sellerId;
    private final String authToken;
    private final RequestSigner signer;
    private final boolean preferGet;

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
        SortedMap<String, String> parameters = new TreeMap<>(operationParameters);
        parameters.put("AWSAccessKeyId", accessKey);
        parameters.put("Action", target.action());
        parameters.put(target.section().sellerParameter(), sellerId);
        if (authToken != null && !authToken.isEmpty()) {
            parameters.put("MWSAuthToken", authToken);
        }
        parameters.put("SignatureMethod", signer.method().name());
        parameters.put("SignatureVersion", SignatureV2.SIGNATURE_VERSION);
        parameters.put("Timestamp", TIMESTAMP.format(clock.instant()));
        parameters.put("Version", target.version());
        if (target.operation().carriesBody()) {
            if (document == null) {
                throw new IllegalArgumentException("MWS action " + target.action() + " sends a document: the message body must not be empty");
            }
            // Signed, so the digest cannot be altered on the way; the Content-MD5 header repeats it for older servers.
            parameters.put("ContentMD5Value", document.contentMd5());
        }

        String path = target.path();
        String query = SignatureV2.canonicalQuery(parameters);
        String method = chooseMethod(target, path, query);
        String signed = query + "&Signature=" + Rfc3986.encode(signer.signCanonical(method, hostHeader, path, query));
        String base = baseUri.getScheme() + "://" + baseUri.getRawAuthority() + Rfc3986.encodePath(path);
        if (target.operation().carriesBody()) {
            return new MwsRequest(target.action(), "POST", URI.create(base + "?" + signed), hostHeader, null, document);
        }
        if (method.equals("GET")) {
            return new MwsRequest(target.action(), "GET", URI.create(base + "?" + signed), hostHeader, null, null);
        }
        return new MwsRequest(target.action(), "POST", URI.create(base), hostHeader, signed.getBytes(StandardCharsets.US_ASCII), null);
    }

    private String chooseMethod(ResolvedOperation target, String path, String query) {
        if (target.operation().carriesBody()) {
            return "POST";
        }
        if (!preferGet) {
            return "POST";
        }
        int requestLine = "GET ".length() + path.length() + 1 + query.length() + SIGNATURE_PARAMETER_MAX + " HTTP/1.1".length();
        return requestLine > MAX_REQUEST_LINE_BYTES ? "POST" : "GET";
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
}
