package io.camelmws.component;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.error.MwsFeedEncodingException;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's pattern, a file consumer feeding SubmitFeed: a flat-file feed from a file is text, decoded in the charset
 * it is declared in (the file consumer's charset option, else UTF-8) and sent in the marketplace's flat-file charset,
 * declared in the Content-Type; a character that charset cannot carry, or bytes invalid in the declared one, are refused
 * before anything is sent, with their line and column.
 */
class MwsFlatFileFeedFilesTest extends CamelTestSupport {

    static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    static final String JP = "A1VC38T7YXB528";
    static final String DE = "A1PA6795UKMFR9";
    static final String JAPANESE_SKU = "sku\tprice\tquantity\nCM-日本-1\t1200\t5\n";
    static final String GERMAN_SKU = "sku\tprice\tquantity\nTEE-GRÜN-M\t19.99\t7\n";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    @TempDir
    static Path feeds;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(MwsFeedEncodingException.class).handled(true).to("mock:refused");
                from("file:" + feeds.resolve("de") + "?initialDelay=0&delay=20").routeId("de")
                        .to("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + DE).to("mock:sent");
                from("file:" + feeds.resolve("de-latin1") + "?initialDelay=0&delay=20&charset=ISO-8859-1").routeId("de-latin1")
                        .to("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + DE).to("mock:sent");
                from("file:" + feeds.resolve("jp") + "?initialDelay=0&delay=20").routeId("jp")
                        .to("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + JP).to("mock:sent");
            }
        };
    }

    private void drop(String directory, byte[] content) throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(directory).whenDone(1).create();
        Files.createDirectories(feeds.resolve(directory));
        Path file = feeds.resolve(directory).resolve("feed.txt.tmp");
        Files.write(file, content);
        Files.move(file, feeds.resolve(directory).resolve("feed.txt"));
        assertThat(done.matches(30, java.util.concurrent.TimeUnit.SECONDS)).as("the file was consumed").isTrue();
    }

    private int feedsBefore;

    @org.junit.jupiter.api.BeforeEach
    void countFeedsBefore() {
        feedsBefore = SANDBOX.sandbox().feeds().all().size();
    }

    /** The feeds the sandbox received during this test. */
    private List<ReceivedFeed> received() {
        List<ReceivedFeed> all = SANDBOX.sandbox().feeds().all();
        return all.subList(feedsBefore, all.size());
    }

    @Test
    void aNonLatinSkuIsRefusedForALatin1MarketplaceNamingItsPosition() throws Exception {
        MockEndpoint refused = getMockEndpoint("mock:refused");
        refused.expectedMessageCount(1);

        drop("de", JAPANESE_SKU.getBytes(StandardCharsets.UTF_8));

        refused.assertIsSatisfied();
        Exception cause = refused.getReceivedExchanges().get(0).getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(cause).isInstanceOf(MwsFeedEncodingException.class)
                .hasMessageContaining("'日' (U+65E5) at line 2, column 4, which ISO-8859-1 cannot encode").hasMessageContaining("the feed was not sent");
        assertThat(received()).isEmpty();
    }

    @Test
    void theSameFileIsSentInShiftJisForJapanAndDeclaredSo() throws Exception {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(1);

        drop("jp", JAPANESE_SKU.getBytes(StandardCharsets.UTF_8));

        sent.assertIsSatisfied();
        assertThat(received()).singleElement().satisfies(feed -> {
            assertThat(feed.contentType()).isEqualTo("text/tab-separated-values; charset=Shift_JIS");
            assertThat(feed.content()).isEqualTo(JAPANESE_SKU.getBytes(Charset.forName("Shift_JIS")));
            assertThat(feed.text(Charset.forName("Shift_JIS"))).isEqualTo(JAPANESE_SKU);
        });
    }

    @Test
    void aLatin1FileDeclaredByTheFileConsumerIsSentAsItSays() throws Exception {
        MockEndpoint sent = getMockEndpoint("mock:sent");
        sent.expectedMessageCount(1);

        drop("de-latin1", GERMAN_SKU.getBytes(StandardCharsets.ISO_8859_1));

        sent.assertIsSatisfied();
        assertThat(received()).singleElement().satisfies(feed -> {
            assertThat(feed.contentType()).isEqualTo("text/tab-separated-values; charset=ISO-8859-1");
            assertThat(feed.text(StandardCharsets.ISO_8859_1)).isEqualTo(GERMAN_SKU);
        });
    }

    @Test
    void latin1BytesInAFileTakenAsUtf8AreRefusedNotGarbled() throws Exception {
        MockEndpoint refused = getMockEndpoint("mock:refused");
        refused.expectedMessageCount(1);

        drop("de", GERMAN_SKU.getBytes(StandardCharsets.ISO_8859_1));

        refused.assertIsSatisfied();
        Exception cause = refused.getReceivedExchanges().get(0).getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(cause).isInstanceOf(MwsFeedEncodingException.class)
                .hasMessageContaining("The feed is not valid UTF-8 at line 2, column 7 (byte offset 25)").hasMessageContaining("feedCharset");
        assertThat(received()).isEmpty();
    }
}
