package io.camelmws.component.signing;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The published Signature Version 2 vectors of REFERENCE.md 5.2, reproduced by the component's signer. */
class SignatureVectorsTest {

    private static final String SECRET = "z26+XNDLWnGqALtHOf9NtN2r17fe9EL29EXAMPLE";
    private static final String HOST = "mws.amazonservices.com";

    private static SortedMap<String, String> common(String... extra) {
        SortedMap<String, String> parameters = new TreeMap<>(Map.of(
                "AWSAccessKeyId", "0PB842EXAMPLE7N4ZTR2",
                "MWSAuthToken", "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE",
                "SellerId", "A2NEXAMPLETF53",
                "SignatureMethod", "HmacSHA256",
                "SignatureVersion", "2",
                "Timestamp", "2020-03-24T12:00:00Z"));
        for (int i = 0; i < extra.length; i += 2) {
            parameters.put(extra[i], extra[i + 1]);
        }
        return parameters;
    }

    private static String sign(String method, String host, String path, SortedMap<String, String> parameters) {
        return new RequestSigner(SECRET, SignatureMethod.of(parameters.get("SignatureMethod"))).sign(method, host, path, parameters);
    }

    @Test
    void tv1FinancesListFinancialEventGroups() {
        SortedMap<String, String> p = common("Action", "ListFinancialEventGroups", "FinancialEventGroupStartedAfter", "2020-06-08T12:00:00Z",
                "Version", "2015-05-01");
        assertThat(sign("POST", HOST, "/Finances/2015-05-01", p)).isEqualTo("a9iiowfx2yr7w60qQ/cDT4kSX9curi7RoKXV29v/XtU=");
        assertThat(sign("GET", HOST, "/Finances/2015-05-01", p)).isEqualTo("vBMFquaLXic0APc+aDQZQnI4RkpR5IzQaonrd2ZPpew=");
    }

    @Test
    void tv2OrdersListOrdersAndItsStringToSign() {
        SortedMap<String, String> p = common("Action", "ListOrders", "CreatedAfter", "2020-06-08T12:00:00Z", "Version", "2013-09-01");
        assertThat(SignatureV2.stringToSign("POST", HOST, "/Orders/2013-09-01", SignatureV2.canonicalQuery(p))).isEqualTo("POST\n"
                + "mws.amazonservices.com\n/Orders/2013-09-01\n"
                + "AWSAccessKeyId=0PB842EXAMPLE7N4ZTR2&Action=ListOrders&CreatedAfter=2020-06-08T12%3A00%3A00Z"
                + "&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE&SellerId=A2NEXAMPLETF53&SignatureMethod=HmacSHA256"
                + "&SignatureVersion=2&Timestamp=2020-03-24T12%3A00%3A00Z&Version=2013-09-01");
        assertThat(sign("POST", HOST, "/Orders/2013-09-01", p)).isEqualTo("QTtYCbaDZHdgkv2hkp7Lh52YHVqgqlER55M8ky0OUvY=");
    }

    @Test
    void tv3ListParametersAndTheirPaymentMethodVariant() {
        SortedMap<String, String> channels = common("Action", "ListOrders", "MarketplaceId.Id.1", "ATVPDKIKX0DER",
                "FulfillmentChannel.Channel.1", "AFN", "FulfillmentChannel.Channel.2", "MFN", "Version", "2013-09-01");
        assertThat(sign("POST", HOST, "/Orders/2013-09-01", channels)).isEqualTo("+4jtepa9EFvMJ//EtSxkRXetyoWMj3+meslSCfZEAPU=");
        SortedMap<String, String> payments = common("Action", "ListOrders", "MarketplaceId.Id.1", "ATVPDKIKX0DER",
                "PaymentMethod.Method.1", "COD", "PaymentMethod.Method.2", "Other", "Version", "2013-09-01");
        assertThat(sign("POST", HOST, "/Orders/2013-09-01", payments)).isEqualTo("nrXK0/kmNNf2Ljvu8LmK4dQ4p+x60b//uT4aUCkKv8c=");
    }

    @Test
    void tv4ReportsRequestReport() {
        SortedMap<String, String> p = common("Action", "RequestReport", "ReportType", "_GET_AMAZON_FULFILLED_SHIPMENTS_DATA_",
                "StartDate", "2020-03-24T12:00:00Z", "EndDate", "2020-03-24T12:00:00Z", "MarketplaceIdList.Id.1", "ATVPDKIKX0DER",
                "Version", "2009-01-01");
        assertThat(sign("POST", HOST, "/Reports/2009-01-01", p)).isEqualTo("I4txRIMWPTSh8i3mEERXYsFQDaHEplbXd6mi1LmjmXQ=");
    }

    @Test
    void tv5SpaceIsPercent20() {
        // bizon's vector signs a path without its leading slash; the string to sign is given verbatim.
        assertThat(SignatureV2.sign("POST\nmws-eu.amazonservices.com\nProducts/2011-10-01\nCool=Test%20with%20spaces", "secret",
                SignatureMethod.HmacSHA256)).isEqualTo("JKuirYHlrTxwQYwG61ULhe+VkyngRdgokEOPSnnxieo=");
        assertThat(SignatureV2.canonicalQuery(new TreeMap<>(Map.of("Cool", "Test with spaces")))).isEqualTo("Cool=Test%20with%20spaces");
        assertThat(SignatureV2.sign("POST\nmws-eu.amazonservices.com\nProducts/2011-10-01\n"
                                    + SignatureV2.canonicalQuery(new TreeMap<>(Map.of("Method", "Example"))), "secret", SignatureMethod.HmacSHA256))
                .isEqualTo("nUS2Ev6IZwnNwnVNRWz8hFjJfns5HJLsBrWlMSGwW/A=");
    }

    @Test
    void tv6AwsGeneralReferenceExample() {
        SortedMap<String, String> p = new TreeMap<>(Map.of("AWSAccessKeyId", "AKIAIOSFODNN7EXAMPLE", "Action", "DescribeJobFlows",
                "SignatureMethod", "HmacSHA256", "SignatureVersion", "2", "Timestamp", "2011-10-03T15:19:30", "Version", "2009-03-31"));
        assertThat(new RequestSigner("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", SignatureMethod.HmacSHA256)
                .sign("GET", "elasticmapreduce.amazonaws.com", "/", p)).isEqualTo("i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs=");
    }

    @Test
    void s1HmacSha1() {
        SortedMap<String, String> p = common("Action", "ListOrders", "CreatedAfter", "2020-06-08T12:00:00Z", "Version", "2013-09-01",
                "SignatureMethod", "HmacSHA1");
        assertThat(sign("POST", HOST, "/Orders/2013-09-01", p)).isEqualTo("UAmNmN3lso2/t5htjnP7omZUqCU=");
    }

    private static SortedMap<String, String> s2() {
        return common("Action", "ListOrders", "Version", "2013-09-01", "LastUpdatedAfter", "2020-03-01T00:00:00.000Z",
                "MarketplaceId.Id.1", "ATVPDKIKX0DER", "MarketplaceId.Id.2", "A2EUQ1WTGCTBG2", "MarketplaceId.Id.10", "A1AM78C64UM0Y8",
                "SellerOrderId", "a b~c*d+e/f=g&h é€");
    }

    @Test
    void s2ReservedCharactersUtf8AndByteOrderOfListIndexes() {
        assertThat(SignatureV2.canonicalQuery(s2())).isEqualTo("AWSAccessKeyId=0PB842EXAMPLE7N4ZTR2&Action=ListOrders"
                + "&LastUpdatedAfter=2020-03-01T00%3A00%3A00.000Z&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE"
                + "&MarketplaceId.Id.1=ATVPDKIKX0DER&MarketplaceId.Id.10=A1AM78C64UM0Y8&MarketplaceId.Id.2=A2EUQ1WTGCTBG2"
                + "&SellerId=A2NEXAMPLETF53&SellerOrderId=a%20b~c%2Ad%2Be%2Ff%3Dg%26h%20%C3%A9%E2%82%AC&SignatureMethod=HmacSHA256"
                + "&SignatureVersion=2&Timestamp=2020-03-24T12%3A00%3A00Z&Version=2013-09-01");
        assertThat(sign("POST", HOST, "/Orders/2013-09-01", s2())).isEqualTo("nfUFSNY30h8YWaDFO5I9l6K5NJSyJxa0NjHb6LU+tT0=");
    }

    @Test
    void s3GetWithNonStandardPortInHost() {
        assertThat(sign("GET", "localhost:8443", "/Orders/2013-09-01", s2())).isEqualTo("kke9SquyF42VRut+zg6ZG9a7gQI6mtLqMMCFEuFMnpc=");
    }

    @Test
    void s4FeedsAtRootPathWithMerchant() {
        SortedMap<String, String> p = new TreeMap<>(Map.of("AWSAccessKeyId", "0PB842EXAMPLE7N4ZTR2", "Action", "SubmitFeed",
                "Merchant", "A2NEXAMPLETF53", "FeedType", "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_",
                "ContentMD5Value", "iUI5qlSDSrZOHRgvj4amUQ==", "MarketplaceIdList.Id.1", "ATVPDKIKX0DER", "PurgeAndReplace", "false",
                "SignatureMethod", "HmacSHA256", "SignatureVersion", "2", "Timestamp", "2020-03-24T12:00:00.000Z"));
        p.put("Version", "2009-01-01");
        assertThat(sign("POST", HOST, "/", p)).isEqualTo("U9CBGZqWI8yZuX+wmHvS8mgC5hN2DhQDQ+Bo9d2sYzY=");
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
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignatureMethod.of("HmacMD5"))
                .hasMessageContaining("HmacMD5").hasMessageContaining("HmacSHA256, HmacSHA1");
    }
}
