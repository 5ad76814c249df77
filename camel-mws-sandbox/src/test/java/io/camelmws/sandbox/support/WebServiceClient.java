package io.camelmws.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A client of the Reports and Feeds sections as the official libraries call them: {@code Merchant} for the seller,
 * signed form POSTs, and SubmitFeed with every parameter in the query string and the feed as the body.
 */
public final class WebServiceClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static final String WEB_SERVICE_NAMESPACE = "http://mws.amazonaws.com/doc/2009-01-01/";

    private final MwsSandbox sandbox;
    private final String path;
    private final String version;
    private final String sellerParameter;
    private final String namespace;

    private WebServiceClient(MwsSandbox sandbox, String path, String version, String sellerParameter,
                             String namespace) {
        this.sandbox = sandbox;
        this.path = path;
        this.version = version;
        this.sellerParameter = sellerParameter;
        this.namespace = namespace;
    }

    /** Calls at {@code /Reports/2009-01-01}. */
    public static WebServiceClient reports(MwsSandbox sandbox) {
        return new WebServiceClient(sandbox, "/Reports/2009-01-01", "2009-01-01", "Merchant", WEB_SERVICE_NAMESPACE);
    }

    /** Calls at {@code /Feeds/2009-01-01}. */
    public static WebServiceClient feeds(MwsSandbox sandbox) {
        return new WebServiceClient(sandbox, "/Feeds/2009-01-01", "2009-01-01", "Merchant", WEB_SERVICE_NAMESPACE);
    }

    /**
     * Calls at {@code /<section>/<version>} with {@code SellerId}, as every section but Feeds and Reports takes it;
     * errors are expected in {@code namespace}.
     */
    public static WebServiceClient section(MwsSandbox sandbox, String section, String version, String namespace) {
        return new WebServiceClient(sandbox, "/" + section + "/" + version, version, "SellerId", namespace);
    }

    /** The namespace the section answers in. */
    public String namespace() {
        return namespace;
    }

    /** The same client posting to another path ({@code /}, as the official clients do). */
    public WebServiceClient at(String otherPath) {
        return new WebServiceClient(sandbox, otherPath, version, sellerParameter, namespace);
    }

    /** The signed parameters of {@code action}; {@code parameters} are name, value pairs. */
    public Map<String, String> signed(String method, String action, String... parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("AWSAccessKeyId", sandbox.accessKey());
        all.put("Action", action);
        all.put(sellerParameter, sandbox.sellerId());
        if (sandbox.authToken() != null) {
            all.put("MWSAuthToken", sandbox.authToken());
        }
        all.put("SignatureMethod", "HmacSHA256");
        all.put("SignatureVersion", "2");
        all.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(
                sandbox.clock().wall().instant().truncatedTo(ChronoUnit.SECONDS)));
        all.put("Version", version);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            all.put(parameters[i], parameters[i + 1]);
        }
        all.put("Signature", TestSigner.sign(sandbox.secretKey(), "HmacSHA256", method, "127.0.0.1:" + sandbox.port(),
                path, all));
        return all;
    }

    /** A signed form POST. */
    public Response call(String action, String... parameters) {
        String form = SignedRequest.formEncode(signed("POST", action, parameters));
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Starts a SubmitFeed of {@code feed}; parameters go in the query string. */
    public FeedUpload submitFeed(byte[] feed) {
        return new FeedUpload(feed);
    }

    /** The URI of a query-string call (SubmitFeed's way). */
    public URI queryUri(String action, String... parameters) {
        return URI.create(sandbox.baseUrl() + path + "?" + SignedRequest.formEncode(signed("POST", action,
                parameters)));
    }

    public static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body(), namespace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A SubmitFeed being prepared. */
    public final class FeedUpload {
        private final byte[] feed;
        private final List<String> parameters = new ArrayList<>();
        private String contentType = "text/xml";
        private String headerMd5;
        private boolean parameterMd5 = true;
        private boolean chunked;

        private FeedUpload(byte[] feed) {
            this.feed = feed;
        }

        public FeedUpload param(String name, String value) {
            parameters.add(name);
            parameters.add(value);
            return this;
        }

        public FeedUpload contentType(String value) {
            this.contentType = value;
            return this;
        }

        /** Sends this value in the Content-MD5 header. */
        public FeedUpload headerMd5(String value) {
            this.headerMd5 = value;
            return this;
        }

        /** Sends no ContentMD5Value parameter unless {@link #param} adds one. */
        public FeedUpload withoutParameterMd5() {
            this.parameterMd5 = false;
            return this;
        }

        /** Streams the body with chunked transfer coding (unknown length), as the official clients do. */
        public FeedUpload chunked() {
            this.chunked = true;
            return this;
        }

        public Response send(String feedType) {
            return sendAs("SubmitFeed", "FeedType", feedType);
        }

        /** Sends the document as the body of {@code action} (SubmitFBAOutboundShipmentInvoice); {@code first} are pairs. */
        public Response sendAs(String action, String... first) {
            List<String> all = new ArrayList<>(List.of(first));
            if (parameterMd5) {
                all.add("ContentMD5Value");
                all.add(md5(feed));
            }
            all.addAll(parameters);
            HttpRequest.BodyPublisher body = chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(feed))
                    : HttpRequest.BodyPublishers.ofByteArray(feed);
            HttpRequest.Builder request = HttpRequest.newBuilder(queryUri(action, all.toArray(String[]::new)))
                    .POST(body);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (headerMd5 != null) {
                request.header("Content-MD5", headerMd5);
            }
            return WebServiceClient.this.send(request);
        }
    }

    /** An answer: status, headers, exact body bytes, and the namespace its section answers in. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body, String expectedNamespace) {

        public String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String text(Charset charset) {
            return new String(body, charset);
        }

        /** The charset named by the Content-Type. */
        public Charset charset() {
            String type = header("Content-Type");
            int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
            assertThat(at).as("Content-Type %s names a charset", type).isPositive();
            return Charset.forName(type.substring(at + "charset=".length()).trim());
        }

        /** Asserts a 200 whose Content-MD5 is the MD5 of the body and whose x-amz-request-id is the request id. */
        public Response assertDocument() {
            assertThat(status).as(text()).isEqualTo(200);
            assertThat(header("Content-MD5")).as("Content-MD5").isEqualTo(md5(body));
            assertThat(header("x-amz-request-id")).isNotBlank().isEqualTo(header("x-mws-request-id"));
            return this;
        }

        public Response assertOk() {
            assertThat(status).as(text()).isEqualTo(200);
            return this;
        }

        /** Asserts an ErrorResponse in the namespace of the section called with this status and code. */
        public Response assertError(int expectedStatus, String code) {
            return assertError(expectedStatus, code, expectedNamespace);
        }

        /** Asserts an ErrorResponse in {@code expectedNamespace} with this status and code, carrying the request id. */
        public Response assertError(int expectedStatus, String code, String expectedNamespace) {
            assertThat(status).as(text()).isEqualTo(expectedStatus);
            assertThat(text("Code")).isEqualTo(code);
            assertThat(texts("RequestId")).containsExactly(header("x-mws-request-id"));
            assertThat(document().getDocumentElement().getNamespaceURI()).isEqualTo(expectedNamespace);
            return this;
        }

        /** The text of every element with this local name, in document order. */
        public List<String> texts(String localName) {
            NodeList nodes = document().getElementsByTagNameNS("*", localName);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }

        /** The text of the only element with this local name, or null. */
        public String text(String localName) {
            List<String> texts = texts(localName);
            assertThat(texts.size()).as("elements <%s> in %s", localName, text()).isLessThanOrEqualTo(1);
            return texts.isEmpty() ? null : texts.get(0);
        }

        /** The child elements' texts of each element with this local name (e.g. every ReportRequestInfo). */
        public List<Map<String, String>> records(String localName) {
            NodeList nodes = document().getElementsByTagNameNS("*", localName);
            List<Map<String, String>> records = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Map<String, String> fields = new LinkedHashMap<>();
                NodeList children = nodes.item(i).getChildNodes();
                for (int c = 0; c < children.getLength(); c++) {
                    if (children.item(c) instanceof Element child) {
                        fields.put(child.getLocalName(), child.getTextContent().trim());
                    }
                }
                records.add(fields);
            }
            return records;
        }

        public Document document() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            } catch (Exception e) {
                throw new AssertionError("Not well-formed XML: " + text(), e);
            }
        }
    }
}
