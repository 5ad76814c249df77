package io.camelmws.component.http;

import io.camelmws.component.model.RequestDocument;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.signing.RequestSigner;
import io.camelmws.component.signing.SignatureMethod;
import io.camelmws.sandbox.signing.CanonicalQuery;
import io.camelmws.sandbox.signing.HmacSigner;
import io.camelmws.sandbox.signing.StringToSign;

import static org.assertj.core.api.Assertions.assertThat;

/** The request factory's fast path (pre-encoded pairs, bytes signed as they are sent) against the plain definition of SigV2. */
class MwsRequestFactoryTest {

    private static final String SECRET = "z26+XNDLWnGqALtHOf9NtN2r17fe9EL29EXAMPLE";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-24T12:00:00.007Z"), ZoneOffset.UTC);
    private final OperationResolver resolver = new OperationResolver(MwsCatalog.standard());

    private static SortedMap<String, String> decode(String form) {
        SortedMap<String, String> parameters = new TreeMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Checked by the sandbox's signer, which shares no code with the component's: each checks the other. */
    private static void assertSignedAsDefined(String method, String host, String path, String sent, SignatureMethod algorithm) {
        SortedMap<String, String> parameters = decode(sent);
        String signature = parameters.remove("Signature");
        String canonical = CanonicalQuery.of(parameters);
        assertThat(sent).startsWith(canonical + "&Signature=");
        assertThat(signature).isEqualTo(new HmacSigner(SECRET).sign(StringToSign.of(method, host, path, canonical),
                io.camelmws.sandbox.signing.SignatureMethod.valueOf(algorithm.name())));
    }

    @Test
    void postFormsAndGetQueriesAreTheCanonicalQueryPlusItsSignature() {
        ResolvedOperation listOrders = resolver.resolve("ListOrders", null, null);
        SortedMap<String, String> own = new TreeMap<>(Map.of("SellerOrderId", "a b~c*d+e/f=g&h é€ 😀", "MarketplaceId.Id.1", "ATVPDKIKX0DER",
                "MarketplaceId.Id.10", "A1AM78C64UM0Y8", "MarketplaceId.Id.2", "A2EUQ1WTGCTBG2", "Zeta", "last", "AAA", "first"));
        for (SignatureMethod algorithm : SignatureMethod.values()) {
            MwsRequestFactory post = new MwsRequestFactory("http://127.0.0.1:8443", "0PB842EXAMPLE7N4ZTR2", "A2NEXAMPLETF53",
                    "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE", new RequestSigner(SECRET, algorithm), false);
            MwsRequest form = post.create(listOrders, own, CLOCK, null);
            assertThat(form.uri().toString()).isEqualTo("http://127.0.0.1:8443/Orders/2013-09-01");
            String body = new String(form.formBody(), StandardCharsets.US_ASCII);
            assertThat(decode(body)).containsEntry("Timestamp", "2020-03-24T12:00:00.007Z").containsEntry("SellerOrderId", "a b~c*d+e/f=g&h é€ 😀")
                    .containsEntry("SellerId", "A2NEXAMPLETF53").containsEntry("SignatureMethod", algorithm.name());
            assertSignedAsDefined("POST", "127.0.0.1:8443", "/Orders/2013-09-01", body, algorithm);
            // A second request reuses the operation's template and the thread's buffer: same result.
            assertThat(post.create(listOrders, own, CLOCK, null).formBody()).isEqualTo(form.formBody());

            MwsRequestFactory get = new MwsRequestFactory("https://mws.amazonservices.com", "0PB842EXAMPLE7N4ZTR2", "A2NEXAMPLETF53", null,
                    new RequestSigner(SECRET, algorithm), true);
            MwsRequest query = get.create(listOrders, own, CLOCK, null);
            assertThat(query.method()).isEqualTo("GET");
            assertSignedAsDefined("GET", "mws.amazonservices.com", "/Orders/2013-09-01", query.uri().getRawQuery(), algorithm);
        }
    }

    @Test
    void documentsTravelWithTheirSignedMd5InTheQuery() {
        ResolvedOperation submitFeed = resolver.resolve("SubmitFeed", null, null);
        RequestDocument feed = new RequestDocument() {
            public String contentType() {
                return "text/tab-separated-values; charset=ISO-8859-1";
            }

            public String contentMd5() {
                return "iUI5qlSDSrZOHRgvj4amUQ==";
            }

            public long length() {
                return 0;
            }

            public java.io.InputStream open() {
                return java.io.InputStream.nullInputStream();
            }
        };
        MwsRequestFactory factory = new MwsRequestFactory("https://mws.amazonservices.com", "0PB842EXAMPLE7N4ZTR2", "A2NEXAMPLETF53", null,
                new RequestSigner(SECRET, SignatureMethod.HmacSHA256), false);

        MwsRequest request = factory.create(submitFeed, new TreeMap<>(Map.of("FeedType", "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_")),
                CLOCK, feed);

        assertThat(request.uri().getRawPath()).isEqualTo("/");
        assertThat(decode(request.uri().getRawQuery())).containsEntry("ContentMD5Value", "iUI5qlSDSrZOHRgvj4amUQ==").containsEntry("Merchant", "A2NEXAMPLETF53");
        assertSignedAsDefined("POST", "mws.amazonservices.com", "/", request.uri().getRawQuery(), SignatureMethod.HmacSHA256);
    }
}
