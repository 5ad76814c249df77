package io.camelmws.sandbox.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every published Signature Version 2 vector of REFERENCE 5.2, computed by the sandbox's own code. */
class SignatureVectorsTest {

    private static final String SECRET = "z26+XNDLWnGqALtHOf9NtN2r17fe9EL29EXAMPLE";
    private static final String HOST = "mws.amazonservices.com";

    /** The parameters shared by TV1-TV4, S1-S3. */
    private static Map<String, String> base(String... extra) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AWSAccessKeyId", "0PB842EXAMPLE7N4ZTR2");
        parameters.put("MWSAuthToken", "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE");
        parameters.put("SellerId", "A2NEXAMPLETF53");
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("SignatureVersion", "2");
        parameters.put("Timestamp", "2020-03-24T12:00:00Z");
        for (int i = 0; i < extra.length; i += 2) {
            parameters.put(extra[i], extra[i + 1]);
        }
        return parameters;
    }

    private static String sign(String secret, SignatureMethod method, String httpMethod, String host, String path,
                               Map<String, String> parameters) {
        String stringToSign = StringToSign.of(httpMethod, host, path, CanonicalQuery.of(parameters));
        return new HmacSigner(secret).sign(stringToSign, method);
    }

    private static String sign256(String httpMethod, String host, String path, Map<String, String> parameters) {
        return sign(SECRET, SignatureMethod.HmacSHA256, httpMethod, host, path, parameters);
    }

    @Test
    void tv1FinancesListFinancialEventGroups() {
        Map<String, String> parameters = base("Action", "ListFinancialEventGroups",
                "FinancialEventGroupStartedAfter", "2020-06-08T12:00:00Z", "Version", "2015-05-01");
        assertThat(sign256("POST", HOST, "/Finances/2015-05-01", parameters))
                .isEqualTo("a9iiowfx2yr7w60qQ/cDT4kSX9curi7RoKXV29v/XtU=");
    }

    @Test
    void tv1SignedForGet() {
        Map<String, String> parameters = base("Action", "ListFinancialEventGroups",
                "FinancialEventGroupStartedAfter", "2020-06-08T12:00:00Z", "Version", "2015-05-01");
        assertThat(sign256("GET", HOST, "/Finances/2015-05-01", parameters))
                .isEqualTo("vBMFquaLXic0APc+aDQZQnI4RkpR5IzQaonrd2ZPpew=");
    }

    @Test
    void tv2OrdersListOrders() {
        Map<String, String> parameters = base("Action", "ListOrders", "CreatedAfter", "2020-06-08T12:00:00Z",
                "Version", "2013-09-01");
        assertThat(sign256("POST", HOST, "/Orders/2013-09-01", parameters))
                .isEqualTo("QTtYCbaDZHdgkv2hkp7Lh52YHVqgqlER55M8ky0OUvY=");
    }

    @Test
    void tv2StringToSignIsThePublishedOne() {
        Map<String, String> parameters = base("Action", "ListOrders", "CreatedAfter", "2020-06-08T12:00:00Z",
                "Version", "2013-09-01");
        assertThat(StringToSign.of("POST", HOST, "/Orders/2013-09-01", CanonicalQuery.of(parameters)))
                .isEqualTo("POST\nmws.amazonservices.com\n/Orders/2013-09-01\n"
                        + "AWSAccessKeyId=0PB842EXAMPLE7N4ZTR2&Action=ListOrders&CreatedAfter=2020-06-08T12%3A00%3A00Z"
                        + "&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE&SellerId=A2NEXAMPLETF53"
                        + "&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2020-03-24T12%3A00%3A00Z"
                        + "&Version=2013-09-01");
    }

    @Test
    void tv3ListOrdersWithLists() {
        Map<String, String> parameters = base("Action", "ListOrders", "MarketplaceId.Id.1", "ATVPDKIKX0DER",
                "FulfillmentChannel.Channel.1", "AFN", "FulfillmentChannel.Channel.2", "MFN",
                "Version", "2013-09-01");
        assertThat(sign256("POST", HOST, "/Orders/2013-09-01", parameters))
                .isEqualTo("+4jtepa9EFvMJ//EtSxkRXetyoWMj3+meslSCfZEAPU=");
    }

    @Test
    void tv3VariantWithPaymentMethods() {
        Map<String, String> parameters = base("Action", "ListOrders", "MarketplaceId.Id.1", "ATVPDKIKX0DER",
                "PaymentMethod.Method.1", "COD", "PaymentMethod.Method.2", "Other", "Version", "2013-09-01");
        assertThat(sign256("POST", HOST, "/Orders/2013-09-01", parameters))
                .isEqualTo("nrXK0/kmNNf2Ljvu8LmK4dQ4p+x60b//uT4aUCkKv8c=");
    }

    @Test
    void tv4ReportsRequestReport() {
        Map<String, String> parameters = base("Action", "RequestReport",
                "ReportType", "_GET_AMAZON_FULFILLED_SHIPMENTS_DATA_", "StartDate", "2020-03-24T12:00:00Z",
                "EndDate", "2020-03-24T12:00:00Z", "MarketplaceIdList.Id.1", "ATVPDKIKX0DER",
                "Version", "2009-01-01");
        assertThat(sign256("POST", HOST, "/Reports/2009-01-01", parameters))
                .isEqualTo("I4txRIMWPTSh8i3mEERXYsFQDaHEplbXd6mi1LmjmXQ=");
    }

    @Test
    void tv5PathWithoutLeadingSlashAndSpaces() {
        HmacSigner signer = new HmacSigner("secret");
        String host = "mws-eu.amazonservices.com";
        assertThat(signer.sign(StringToSign.of("POST", host, "Products/2011-10-01",
                CanonicalQuery.of(Map.of("Cool", "Test with spaces"))), SignatureMethod.HmacSHA256))
                .isEqualTo("JKuirYHlrTxwQYwG61ULhe+VkyngRdgokEOPSnnxieo=");
        assertThat(signer.sign(StringToSign.of("POST", host, "Products/2011-10-01",
                CanonicalQuery.of(Map.of("Method", "Example"))), SignatureMethod.HmacSHA256))
                .isEqualTo("nUS2Ev6IZwnNwnVNRWz8hFjJfns5HJLsBrWlMSGwW/A=");
    }

    @Test
    void tv6AwsGeneralReferenceExample() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AWSAccessKeyId", "AKIAIOSFODNN7EXAMPLE");
        parameters.put("Action", "DescribeJobFlows");
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("SignatureVersion", "2");
        parameters.put("Timestamp", "2011-10-03T15:19:30");
        parameters.put("Version", "2009-03-31");
        assertThat(sign("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", SignatureMethod.HmacSHA256, "GET",
                "elasticmapreduce.amazonaws.com", "/", parameters))
                .isEqualTo("i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs=");
    }

    @Test
    void s1HmacSha1() {
        Map<String, String> parameters = base("Action", "ListOrders", "CreatedAfter", "2020-06-08T12:00:00Z",
                "Version", "2013-09-01", "SignatureMethod", "HmacSHA1");
        assertThat(sign(SECRET, SignatureMethod.HmacSHA1, "POST", HOST, "/Orders/2013-09-01", parameters))
                .isEqualTo("UAmNmN3lso2/t5htjnP7omZUqCU=");
    }

    private static Map<String, String> s2Parameters() {
        return base("Action", "ListOrders", "Version", "2013-09-01",
                "LastUpdatedAfter", "2020-03-01T00:00:00.000Z", "MarketplaceId.Id.1", "ATVPDKIKX0DER",
                "MarketplaceId.Id.2", "A2EUQ1WTGCTBG2", "MarketplaceId.Id.10", "A1AM78C64UM0Y8",
                "SellerOrderId", "a b~c*d+e/f=g&h \u00e9\u20ac");
    }

    @Test
    void s2ReservedCharactersUtf8AndListOrder() {
        assertThat(sign256("POST", HOST, "/Orders/2013-09-01", s2Parameters()))
                .isEqualTo("nfUFSNY30h8YWaDFO5I9l6K5NJSyJxa0NjHb6LU+tT0=");
    }

    @Test
    void s2CanonicalQueryIsThePublishedOne() {
        assertThat(CanonicalQuery.of(s2Parameters())).isEqualTo("AWSAccessKeyId=0PB842EXAMPLE7N4ZTR2"
                + "&Action=ListOrders&LastUpdatedAfter=2020-03-01T00%3A00%3A00.000Z"
                + "&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE&MarketplaceId.Id.1=ATVPDKIKX0DER"
                + "&MarketplaceId.Id.10=A1AM78C64UM0Y8&MarketplaceId.Id.2=A2EUQ1WTGCTBG2&SellerId=A2NEXAMPLETF53"
                + "&SellerOrderId=a%20b~c%2Ad%2Be%2Ff%3Dg%26h%20%C3%A9%E2%82%AC&SignatureMethod=HmacSHA256"
                + "&SignatureVersion=2&Timestamp=2020-03-24T12%3A00%3A00Z&Version=2013-09-01");
    }

    @Test
    void s3GetWithNonStandardPort() {
        assertThat(sign256("GET", "localhost:8443", "/Orders/2013-09-01", s2Parameters()))
                .isEqualTo("kke9SquyF42VRut+zg6ZG9a7gQI6mtLqMMCFEuFMnpc=");
    }

    @Test
    void s4SubmitFeedAtRootWithMerchant() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AWSAccessKeyId", "0PB842EXAMPLE7N4ZTR2");
        parameters.put("Action", "SubmitFeed");
        parameters.put("Merchant", "A2NEXAMPLETF53");
        parameters.put("FeedType", "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_");
        parameters.put("ContentMD5Value", "iUI5qlSDSrZOHRgvj4amUQ==");
        parameters.put("MarketplaceIdList.Id.1", "ATVPDKIKX0DER");
        parameters.put("PurgeAndReplace", "false");
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("SignatureVersion", "2");
        parameters.put("Timestamp", "2020-03-24T12:00:00.000Z");
        parameters.put("Version", "2009-01-01");
        assertThat(sign256("POST", HOST, "/", parameters)).isEqualTo("U9CBGZqWI8yZuX+wmHvS8mgC5hN2DhQDQ+Bo9d2sYzY=");
    }

    @Test
    void signatureParameterNeverSignsItself() {
        Map<String, String> parameters = s2Parameters();
        String expected = sign256("POST", HOST, "/Orders/2013-09-01", parameters);
        parameters.put("Signature", "anything");
        assertThat(sign256("POST", HOST, "/Orders/2013-09-01", parameters)).isEqualTo(expected);
    }

    @Test
    void hostIsLowercasedAndMethodUppercased() {
        assertThat(StringToSign.of("post", "MWS.AmazonServices.com", "", "a=b"))
                .isEqualTo("POST\nmws.amazonservices.com\n/\na=b");
    }
}
