package io.camelmws.sandbox.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.RawHttp;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.WebServiceClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SubmitFeed on the wire: parameters in the query string, the feed as the body (chunked or not, any Content-Type),
 * its Content-MD5 as parameter and/or header, and the charset it was declared in.
 */
class FeedUploadTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static final String INVENTORY = FeedsLifecycleTest.INVENTORY;
    private static final String EMPTY_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    private WebServiceClient feeds;

    @BeforeEach
    void freshSandbox(MwsSandbox sandbox) {
        sandbox.reset();
        feeds = WebServiceClient.feeds(sandbox);
    }

    private static long spooledDocuments() throws IOException {
        long count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "camel-mws-sandbox-document-*")) {
            for (Path ignored : files) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theMd5MustBeGivenAndMatchWhereverItIsGiven(MwsSandbox sandbox) throws IOException {
        long spooledBefore = spooledDocuments();
        byte[] feed = FeedsLifecycleTest.inventoryFeed("W-1", "3");
        String md5 = WebServiceClient.md5(feed);

        feeds.submitFeed(feed).withoutParameterMd5().send(INVENTORY).assertError(400, "ContentMD5Missing");
        WebServiceClient.Response wrong = feeds.submitFeed(feed).withoutParameterMd5()
                .param("ContentMD5Value", EMPTY_MD5).send(INVENTORY).assertError(400, "ContentMD5DoesNotMatch");
        assertThat(wrong.text("Message")).isEqualTo("The Content-MD5 HTTP header you passed for your feed ("
                + EMPTY_MD5 + ") did not match the Content-MD5 we calculated for your feed (" + md5 + ")");
        feeds.submitFeed(feed).withoutParameterMd5().headerMd5(EMPTY_MD5).send(INVENTORY)
                .assertError(400, "ContentMD5DoesNotMatch");
        // Both given: the right parameter does not excuse a wrong header.
        WebServiceClient.Response disagreeing = feeds.submitFeed(feed).headerMd5(EMPTY_MD5).send(INVENTORY)
                .assertError(400, "ContentMD5DoesNotMatch");
        assertThat(disagreeing.text("Message")).contains("(" + EMPTY_MD5 + ")").contains("(" + md5 + ")");
        assertThat(sandbox.feeds().all()).isEmpty();

        feeds.submitFeed(feed).withoutParameterMd5().headerMd5(md5).send(INVENTORY).assertOk();
        feeds.submitFeed(feed).headerMd5(md5).send(INVENTORY).assertOk();
        feeds.submitFeed(feed).send(INVENTORY).assertOk();
        assertThat(sandbox.feeds().all()).hasSize(3).allSatisfy(f -> assertThat(f.md5Base64()).isEqualTo(md5));
        // Refused feeds leave no spooled file behind; accepted ones moved into the store.
        assertThat(spooledDocuments()).isEqualTo(spooledBefore);
    }

    @Test
    void acceptsAChunkedBodyOfAnyContentType(MwsSandbox sandbox) throws IOException {
        byte[] feed = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(feed);
        assertThat(feeds.submitFeed(feed).contentType("application/octet-stream").chunked()
                .send("_UPLOAD_VAT_INVOICE_").assertOk().text("FeedProcessingStatus")).isEqualTo("_SUBMITTED_");
        ReceivedFeed received = sandbox.feeds().all().get(0);
        assertThat(received.size()).isEqualTo(feed.length);
        assertThat(received.content()).isEqualTo(feed);
        assertThat(received.contentType()).isEqualTo("application/octet-stream");

        // Hand-made chunks on a raw socket, with a form-like Content-Type that must not be read as a form.
        byte[] text = "sku\tprice\tquantity\nW-1\t9.99\t4\n".getBytes(StandardCharsets.US_ASCII);
        String query = SignedRequest.formEncode(feeds.signed("POST", "SubmitFeed", "FeedType",
                "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_", "ContentMD5Value", WebServiceClient.md5(text)));
        try (RawHttp http = new RawHttp(sandbox.port())) {
            RawHttp.Response response = http.exchange("POST /Feeds/2009-01-01?" + query + " HTTP/1.1\r\nHost: 127.0.0.1:"
                    + sandbox.port() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n", chunks(text, 5));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
        assertThat(sandbox.feeds().all().get(1).content()).isEqualTo(text);
    }

    @Test
    void aJapaneseFlatFileIsRecordedWithItsCharsetAndProcessedInIt(MwsSandbox sandbox) {
        Charset shiftJis = Charset.forName("Shift_JIS");
        String text = "sku\tprice\tquantity\n"
                + "ボトル-黒\t2980\t5\n"
                + "ボトル-白\t二千\t5\n"
                + "\t1980\t1\n"
                + "マグ-青\t1480\tたくさん\n";
        byte[] feed = text.getBytes(shiftJis);
        String id = feeds.submitFeed(feed).contentType("text/tab-separated-values; charset=Shift_JIS")
                .param("MarketplaceIdList.Id.1", "A1VC38T7YXB528")
                .send("_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_").assertOk().text("FeedSubmissionId");

        ReceivedFeed received = sandbox.feeds().find(id).orElseThrow();
        assertThat(received.declaredCharset()).isEqualTo("Shift_JIS");
        assertThat(received.contentType()).isEqualTo("text/tab-separated-values; charset=Shift_JIS");
        assertThat(received.text(Charset.forName(received.declaredCharset()))).isEqualTo(text);
        assertThat(received.marketplaceIds()).containsExactly("A1VC38T7YXB528");

        sandbox.advanceClock(java.time.Duration.ofSeconds(91));
        WebServiceClient.Response result = feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", id)
                .assertDocument();
        assertThat(result.header("Content-Type")).isEqualTo("text/plain;charset=Shift_JIS");
        assertThat(result.text(result.charset())).isEqualTo("Feed Processing Summary:\n"
                + "\tNumber of records processed\t\t4\n"
                + "\tNumber of records successful\t\t1\n"
                + "\n"
                + "original-record-number\tsku\terror-code\terror-type\terror-message\n"
                + "3\tボトル-白\t90244\tError\tThe value '二千' in the 'price' field is not a valid price; use digits "
                + "and a decimal point, e.g. 19.99.\n"
                + "4\t\t90220\tError\tA value is required in the 'sku' field.\n"
                + "5\tマグ-青\t90244\tError\tThe value 'たくさん' in the 'quantity' field is not a whole number of 0 or "
                + "more.\n");
    }

    private static byte[] chunks(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += size) {
            int length = Math.min(size, body.length - i);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, i, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
