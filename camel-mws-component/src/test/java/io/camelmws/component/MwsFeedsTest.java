package io.camelmws.component;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.camelmws.component.error.MwsFeedProcessingException;
import io.camelmws.component.http.ContentMd5;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds end to end through routes: bodies of every kind, marketplace charsets, processing reports, a lost answer. */
class MwsFeedsTest extends CamelTestSupport {

    static final double TIME_SCALE = 600;
    static final String JP = "A1VC38T7YXB528";
    static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    @TempDir
    Path dir;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    private static ReceivedFeed lastFeed() {
        List<ReceivedFeed> feeds = SANDBOX.sandbox().feeds().all();
        assertThat(feeds).isNotEmpty();
        return feeds.get(feeds.size() - 1);
    }

    @Test
    void aJapaneseFlatFileFeedArrivesInShiftJisWithAMatchingMd5() {
        String feed = "sku\tprice\tquantity\nお茶-001\t1200\t5\n抹茶ラテ\t980\t12\n";

        Exchange exchange = template.request("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + JP, e -> e.getMessage().setBody(feed));

        assertThat(exchange.getException()).isNull();
        ReceivedFeed received = lastFeed();
        assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isEqualTo(received.feedSubmissionId());
        assertThat(received.contentType()).isEqualTo("text/tab-separated-values; charset=Shift_JIS");
        assertThat(Charset.forName(received.declaredCharset())).isEqualTo(Charset.forName("Shift_JIS"));
        assertThat(received.content()).isEqualTo(feed.getBytes(Charset.forName("Shift_JIS")));
        assertThat(received.text(Charset.forName("Shift_JIS"))).isEqualTo(feed);
        assertThat(received.md5Base64()).isEqualTo(ContentMd5.ofBytes(feed.getBytes(Charset.forName("Shift_JIS"))));
        assertThat(received.marketplaceIds()).containsExactly(JP);
    }

    @Test
    void aCharacterTheMarketplaceCharsetCannotCarryIsRefusedBeforeSending() {
        String feed = "sku\tprice\tquantity\nお茶-001\t1200\t5\nkettle \u20AC edition\t980\t12\n";

        Exchange exchange = template.request("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + JP, e -> e.getMessage().setBody(feed));

        assertThat(exchange.getException()).isInstanceOf(io.camelmws.component.error.MwsFeedEncodingException.class)
                .hasMessageContaining("'\u20AC' (U+20AC) at line 3, column 8").hasMessageContaining("Shift_JIS cannot encode")
                .hasMessageContaining("the feed was not sent");
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void xmlFilesPathsAndStreamsAreSentByteForByteWithTheirMd5() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AmazonEnvelope><Header><DocumentVersion>1.01</DocumentVersion>"
                     + "<MerchantIdentifier>M</MerchantIdentifier></Header><MessageType>Inventory</MessageType><Message><MessageID>1</MessageID>"
                     + "<OperationType>Update</OperationType><Inventory><SKU>Grüntee-1</SKU><Quantity>3</Quantity></Inventory></Message>"
                     + "</AmazonEnvelope>";
        template.request("mws:SubmitFeed?feedType=_POST_INVENTORY_AVAILABILITY_DATA_", e -> e.getMessage().setBody(xml));
        assertThat(lastFeed().contentType()).isEqualTo("text/xml; charset=UTF-8");
        assertThat(lastFeed().content()).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));

        byte[] bytes = "sku\tprice\tquantity\nA-1\t1.00\t1\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("feed.txt"), bytes);
        String type = "&feedContentType=text/tab-separated-values; charset=iso-8859-1";
        for (Object body : List.of(file.toFile(), file, new ByteArrayInputStream(bytes), bytes)) {
            Exchange exchange = template.request("mws:SubmitFeed?feedType=" + PRICE_FEED + type, e -> e.getMessage().setBody(body));
            assertThat(exchange.getException()).as(body.getClass().getName()).isNull();
            assertThat(lastFeed().content()).as(body.getClass().getName()).isEqualTo(bytes);
            assertThat(lastFeed().md5Base64()).isEqualTo(ContentMd5.ofBytes(bytes));
            assertThat(lastFeed().contentType()).isEqualTo("text/tab-separated-values; charset=iso-8859-1");
        }
        assertThat(template.request("mws:SubmitFeed?feedType=" + PRICE_FEED, e -> e.getMessage().setBody(42)).getException())
                .hasMessageContaining("the body is a java.lang.Integer; allowed: String, byte[], java.io.File, java.nio.file.Path, InputStream");
    }

    @Test
    void aFeedWithFailingMessagesGivesTheSummaryAndFailsWhenAskedTo() {
        String feed = "sku\tprice\tquantity\nA-1\t1.00\t1\n\t2.00\t2\nA-3\tcheap\t3\nA-4\t4.00\t4\n";
        String uri = "mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=ATVPDKIKX0DER&await=true&awaitPollInterval=50";

        Exchange summarised = template.request(uri, e -> e.getMessage().setBody(feed));

        assertThat(summarised.getException()).isNull();
        assertThat(summarised.getMessage().getHeaders())
                .containsEntry(MwsConstants.MESSAGES_PROCESSED, 4)
                .containsEntry(MwsConstants.MESSAGES_SUCCESSFUL, 2)
                .containsEntry(MwsConstants.MESSAGES_WITH_ERROR, 2)
                .containsEntry(MwsConstants.FEED_PROCESSING_STATUS, "_DONE_");
        assertThat(summarised.getMessage().getBody(String.class)).contains("Feed Processing Summary");

        Exchange failed = template.request(uri + "&failOnFeedErrors=true", e -> e.getMessage().setBody(feed));
        assertThat(failed.getException()).isInstanceOfSatisfying(MwsFeedProcessingException.class, e -> {
            assertThat(e.getFailures()).hasSize(2);
            assertThat(e.getFailures()).extracting(MwsFeedProcessingException.MessageFailure::messageId).containsExactly("3", "4");
            assertThat(e.getMessage()).contains("2 of 4 messages with errors").contains("A-3");
        });
        assertThat(failed.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class)).isNotBlank();
    }

    @Test
    void aSubmitFeedWhoseAnswerIsLostIsFoundAtMwsNotSentTwice() {
        int before = SANDBOX.sandbox().feeds().all().size();
        SANDBOX.sandbox().faults().add(FaultRule.forAction("SubmitFeed").cutShort(0.3).times(1));
        String feed = "sku\tprice\tquantity\nLOST-1\t1.00\t1\n";

        Exchange exchange = template.request("mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=ATVPDKIKX0DER",
                e -> e.getMessage().setBody(feed));

        assertThat(exchange.getException()).isNull();
        List<ReceivedFeed> feeds = SANDBOX.sandbox().feeds().all();
        assertThat(feeds).as("exactly one submission recorded").hasSize(before + 1);
        ReceivedFeed submitted = feeds.get(feeds.size() - 1);
        assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isEqualTo(submitted.feedSubmissionId());
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(exchange.getMessage().getBody(String.class)).contains("<FeedSubmissionId>" + submitted.feedSubmissionId());
        assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::action).containsExactly("SubmitFeed", "GetFeedSubmissionList");
    }
}
