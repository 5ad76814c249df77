package io.camelmws.component.http;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.OperationResolver;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.catalog.Section;
import io.camelmws.component.model.RequestDocument;
import io.camelmws.component.signing.AsciiBuffer;
import io.camelmws.component.signing.RequestSigner;
import io.camelmws.component.signing.Rfc3986;
import io.camelmws.component.signing.SignatureMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The published Signature Version 2 vectors of REFERENCE.md 5.2, reproduced by the code that signs real requests:
 * {@link MwsRequestFactory} merges the common parameters, encodes, signs and lays out the request, and the Signature
 * is read back from what would be sent. Only the Timestamp is given verbatim where a vector writes it without
 * milliseconds, as the factory never does.
 */
class SignatureVectorsTest {

    private static final String SECRET = "z26+XNDLWnGqALtHOf9NtN2r17fe9EL29EXAMPLE";
    private static final String ACCESS_KEY = "0PB842EXAMPLE7N4ZTR2";
    private static final String SELLER = "A2NEXAMPLETF53";
    private static final String AUTH_TOKEN = "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE";
    private static final String NA = "https://mws.amazonservices.com";
    private static final String TIMESTAMP = "2020-03-24T12:00:00Z";
    private static final OperationResolver RESOLVER = new OperationResolver(MwsCatalog.standard());

    private static MwsRequestFactory factory(String baseUrl, String authToken, SignatureMethod method, boolean get) {
        return new MwsRequestFactory(baseUrl, ACCESS_KEY, SELLER, authToken, new RequestSigner(SECRET, method), get);
    }

    private static SortedMap<String, String> parameters(String... pairs) {
        SortedMap<String, String> parameters = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return parameters;
    }

    /** What would be sent: the form body of a POST, the query of a GET or of a request that uploads a document. */
    private static String sent(MwsRequest request) {
        return request.formBody() != null ? new String(request.formBody(), StandardCharsets.US_ASCII) : request.uri().getRawQuery();
    }

    private static String signatureOf(MwsRequest request) {
        String sent = sent(request);
        return URLDecoder.decode(sent.substring(sent.indexOf("&Signature=") + "&Signature=".length()), StandardCharsets.UTF_8);
    }

    private static String signed(String action, SortedMap<String, String> own, boolean get) {
        return signatureOf(factory(NA, AUTH_TOKEN, SignatureMethod.HmacSHA256, get).createWithTimestamp(RESOLVER.resolve(action, null, null), own,
                null, TIMESTAMP));
    }

    @Test
    void tv1FinancesListFinancialEventGroups() {
        SortedMap<String, String> own = parameters("FinancialEventGroupStartedAfter", "2020-06-08T12:00:00Z");
        assertThat(signed("ListFinancialEventGroups", own, false)).isEqualTo("a9iiowfx2yr7w60qQ/cDT4kSX9curi7RoKXV29v/XtU=");
        assertThat(signed("ListFinancialEventGroups", own, true)).isEqualTo("vBMFquaLXic0APc+aDQZQnI4RkpR5IzQaonrd2ZPpew=");
    }

    @Test
    void tv2OrdersListOrdersAndItsCanonicalQuery() {
        MwsRequest request = factory(NA, AUTH_TOKEN, SignatureMethod.HmacSHA256, false)
                .createWithTimestamp(RESOLVER.resolve("ListOrders", null, null), parameters("CreatedAfter", "2020-06-08T12:00:00Z"), null, TIMESTAMP);
        assertThat(sent(request)).startsWith("AWSAccessKeyId=0PB842EXAMPLE7N4ZTR2&Action=ListOrders&CreatedAfter=2020-06-08T12%3A00%3A00Z"
                + "&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE&SellerId=A2NEXAMPLETF53&SignatureMethod=HmacSHA256"
                + "&SignatureVersion=2&Timestamp=2020-03-24T12%3A00%3A00Z&Version=2013-09-01&Signature=");
        assertThat(request.uri().toString()).isEqualTo("https://mws.amazonservices.com/Orders/2013-09-01");
        assertThat(signatureOf(request)).isEqualTo("QTtYCbaDZHdgkv2hkp7Lh52YHVqgqlER55M8ky0OUvY=");
    }

    @Test
    void tv3ListParametersAndTheirPaymentMethodVariant() {
        assertThat(signed("ListOrders", parameters("MarketplaceId.Id.1", "ATVPDKIKX0DER", "FulfillmentChannel.Channel.1", "AFN",
                "FulfillmentChannel.Channel.2", "MFN"), false)).isEqualTo("+4jtepa9EFvMJ//EtSxkRXetyoWMj3+meslSCfZEAPU=");
        assertThat(signed("ListOrders", parameters("MarketplaceId.Id.1", "ATVPDKIKX0DER", "PaymentMethod.Method.1", "COD",
                "PaymentMethod.Method.2", "Other"), false)).isEqualTo("nrXK0/kmNNf2Ljvu8LmK4dQ4p+x60b//uT4aUCkKv8c=");
    }

    @Test
    void tv4ReportsRequestReportOnItsVersionedPathWithSellerId() {
        // The vector was made for /Reports/2009-01-01 with SellerId, which MWS also answered; the catalog sends Reports to
        // / with Merchant. The section below is the vector's, so the factory signs what the vector signed.
        Section reports = MwsCatalog.standard().section("Reports").orElseThrow();
        Section asSigned = new Section("Reports", "2009-01-01", "/Reports/2009-01-01", List.of(), reports.namespace(), "SellerId",
                reports.marketplaceParameter(), reports.lists(), reports.operations(), reports.models(), reports.documentModels());
        ResolvedOperation requestReport = new ResolvedOperation(reports.operations().get("RequestReport"), asSigned, "2009-01-01",
                "/Reports/2009-01-01", true);
        MwsRequest request = factory(NA, AUTH_TOKEN, SignatureMethod.HmacSHA256, false).createWithTimestamp(requestReport,
                parameters("ReportType", "_GET_AMAZON_FULFILLED_SHIPMENTS_DATA_", "StartDate", "2020-03-24T12:00:00Z", "EndDate",
                        "2020-03-24T12:00:00Z", "MarketplaceIdList.Id.1", "ATVPDKIKX0DER"), null, TIMESTAMP);
        assertThat(signatureOf(request)).isEqualTo("I4txRIMWPTSh8i3mEERXYsFQDaHEplbXd6mi1LmjmXQ=");
    }

    @Test
    void tv5SpaceIsPercent20() {
        // bizon's vector signs a path without its leading slash, which no MWS request has: the signer's own primitive
        // (prefix, then the canonical query as the factory encodes it) reproduces it.
        AsciiBuffer query = new AsciiBuffer(64).appendAscii("Cool=");
        Rfc3986.appendEncoded(query, "Test with spaces");
        assertThat(query.toString()).isEqualTo("Cool=Test%20with%20spaces");
        RequestSigner signer = new RequestSigner("secret", SignatureMethod.HmacSHA256);
        byte[] prefix = "POST\nmws-eu.amazonservices.com\nProducts/2011-10-01\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(signer.sign(prefix, query), StandardCharsets.US_ASCII)).isEqualTo("JKuirYHlrTxwQYwG61ULhe+VkyngRdgokEOPSnnxieo=");
        assertThat(new String(signer.sign(prefix, new AsciiBuffer(16).appendAscii("Method=Example")), StandardCharsets.US_ASCII))
                .isEqualTo("nUS2Ev6IZwnNwnVNRWz8hFjJfns5HJLsBrWlMSGwW/A=");
    }

    @Test
    void tv6AwsGeneralReferenceExample() {
        // Not an MWS request (no seller, a Timestamp without zone): the signer's primitive over the vector's canonical query.
        AsciiBuffer query = new AsciiBuffer(256).appendAscii("AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Action=DescribeJobFlows&SignatureMethod=HmacSHA256"
                                                             + "&SignatureVersion=2&Timestamp=2011-10-03T15%3A19%3A30&Version=2009-03-31");
        byte[] prefix = "GET\nelasticmapreduce.amazonaws.com\n/\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(new RequestSigner("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", SignatureMethod.HmacSHA256).sign(prefix, query),
                StandardCharsets.US_ASCII)).isEqualTo("i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs=");
    }

    @Test
    void s1HmacSha1() {
        assertThat(signatureOf(factory(NA, AUTH_TOKEN, SignatureMethod.HmacSHA1, false).createWithTimestamp(RESOLVER.resolve("ListOrders", null, null),
                parameters("CreatedAfter", "2020-06-08T12:00:00Z"), null, TIMESTAMP))).isEqualTo("UAmNmN3lso2/t5htjnP7omZUqCU=");
    }

    private static SortedMap<String, String> s2() {
        return parameters("LastUpdatedAfter", "2020-03-01T00:00:00.000Z", "MarketplaceId.Id.1", "ATVPDKIKX0DER", "MarketplaceId.Id.2",
                "A2EUQ1WTGCTBG2", "MarketplaceId.Id.10", "A1AM78C64UM0Y8", "SellerOrderId", "a b~c*d+e/f=g&h é€");
    }

    @Test
    void s2ReservedCharactersUtf8AndByteOrderOfListIndexes() {
        MwsRequest request = factory(NA, AUTH_TOKEN, SignatureMethod.HmacSHA256, false).createWithTimestamp(RESOLVER.resolve("ListOrders", null, null),
                s2(), null, TIMESTAMP);
        assertThat(sent(request)).startsWith("AWSAccessKeyId=0PB842EXAMPLE7N4ZTR2&Action=ListOrders"
                + "&LastUpdatedAfter=2020-03-01T00%3A00%3A00.000Z&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE"
                + "&MarketplaceId.Id.1=ATVPDKIKX0DER&MarketplaceId.Id.10=A1AM78C64UM0Y8&MarketplaceId.Id.2=A2EUQ1WTGCTBG2"
                + "&SellerId=A2NEXAMPLETF53&SellerOrderId=a%20b~c%2Ad%2Be%2Ff%3Dg%26h%20%C3%A9%E2%82%AC&SignatureMethod=HmacSHA256"
                + "&SignatureVersion=2&Timestamp=2020-03-24T12%3A00%3A00Z&Version=2013-09-01&Signature=");
        assertThat(signatureOf(request)).isEqualTo("nfUFSNY30h8YWaDFO5I9l6K5NJSyJxa0NjHb6LU+tT0=");
    }

    @Test
    void s3GetWithNonStandardPortInHost() {
        MwsRequest request = factory("https://localhost:8443", AUTH_TOKEN, SignatureMethod.HmacSHA256, true)
                .createWithTimestamp(RESOLVER.resolve("ListOrders", null, null), s2(), null, TIMESTAMP);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(signatureOf(request)).isEqualTo("kke9SquyF42VRut+zg6ZG9a7gQI6mtLqMMCFEuFMnpc=");
    }

    @Test
    void s4FeedsAtRootPathWithMerchantAndTheSignedContentMd5() {
        RequestDocument feed = new RequestDocument() {
            public String contentType() {
                return "text/tab-separated-values; charset=iso-8859-1";
            }

            public String contentMd5() {
                return "iUI5qlSDSrZOHRgvj4amUQ==";
            }

            public long length() {
                return 0;
            }

            public InputStream open() {
                return InputStream.nullInputStream();
            }
        };
        // The Timestamp of this vector has milliseconds: the factory's own clock path writes it.
        Clock at = Clock.fixed(Instant.parse("2020-03-24T12:00:00.000Z"), ZoneOffset.UTC);
        MwsRequest request = factory(NA, null, SignatureMethod.HmacSHA256, false).create(RESOLVER.resolve("SubmitFeed", null, null),
                parameters("FeedType", "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_", "MarketplaceIdList.Id.1", "ATVPDKIKX0DER",
                        "PurgeAndReplace", "false"), at, feed);
        assertThat(request.uri().getRawPath()).isEqualTo("/");
        assertThat(signatureOf(request)).isEqualTo("U9CBGZqWI8yZuX+wmHvS8mgC5hN2DhQDQ+Bo9d2sYzY=");
    }

    @Test
    void encodesEmojiAsFourUtf8BytesAndLeavesOnlyTheUnreservedSet() {
        assertThat(Rfc3986.encode("😀")).isEqualTo("%F0%9F%98%80");
        assertThat(Rfc3986.encode("AZaz09-_.~ !'()*")).isEqualTo("AZaz09-_.~%20%21%27%28%29%2A");
        assertThat(Rfc3986.encodePath("/Orders/2013-09-01")).isEqualTo("/Orders/2013-09-01");
        assertThat(Rfc3986.encodePath("")).isEqualTo("/");
    }

    @Test
    void unknownSignatureMethodNamesWhatIsAllowed() {
        assertThatThrownBy(() -> SignatureMethod.of("HmacMD5")).hasMessageContaining("HmacMD5").hasMessageContaining("HmacSHA256, HmacSHA1");
    }
}
