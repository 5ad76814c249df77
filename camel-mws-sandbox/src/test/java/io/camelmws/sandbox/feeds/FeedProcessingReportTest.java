package io.camelmws.sandbox.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.WebServiceClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Processing reports: each broken message or row is an error result; a broken document is one error. */
class FeedProcessingReportTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope>\n"
            + "<Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>M</MerchantIdentifier></Header>\n";

    private WebServiceClient feeds;

    @BeforeEach
    void freshSandbox(MwsSandbox sandbox) {
        sandbox.reset();
        feeds = WebServiceClient.feeds(sandbox);
    }

    private WebServiceClient.Response processed(MwsSandbox sandbox, String feedType, String feed, String contentType) {
        String id = feeds.submitFeed(feed.getBytes(StandardCharsets.UTF_8)).contentType(contentType).send(feedType)
                .assertOk().text("FeedSubmissionId");
        sandbox.advanceClock(Duration.ofSeconds(91));
        WebServiceClient.Response result = feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", id)
                .assertDocument();
        if (contentType.startsWith("text/xml")) {
            assertThat(result.text("DocumentTransactionID")).isEqualTo(id);
        }
        return result;
    }

    @Test
    void reportsEachMalformedMessageWithItsIdAndSku(MwsSandbox sandbox) {
        String feed = ENVELOPE_START + "<MessageType>Inventory</MessageType>\n"
                + "<Message><MessageID>1</MessageID><Inventory><SKU>OK-1</SKU><Quantity>4</Quantity></Inventory>"
                + "</Message>\n"
                + "<Message><MessageID>2</MessageID><Inventory><Quantity>4</Quantity></Inventory></Message>\n"
                + "<Message><MessageID>3</MessageID><Inventory><SKU>BAD-QTY</SKU><Quantity>-3</Quantity></Inventory>"
                + "</Message>\n"
                + "<Message><MessageID>4</MessageID><Inventory><SKU>ODD</SKU><Quantity>1</Quantity><Colour>red"
                + "</Colour></Inventory></Message>\n"
                + "<Message><MessageID>5</MessageID><OperationType>Delete</OperationType><Inventory><SKU>GONE</SKU>"
                + "</Inventory></Message>\n"
                + "</AmazonEnvelope>\n";
        WebServiceClient.Response result = processed(sandbox, FeedsLifecycleTest.INVENTORY, feed, "text/xml");
        assertThat(result.header("Content-Type")).isEqualTo("text/xml;charset=UTF-8");
        assertThat(result.text("StatusCode")).isEqualTo("Complete");
        assertThat(result.text("MessagesProcessed")).isEqualTo("5");
        assertThat(result.text("MessagesSuccessful")).isEqualTo("2");
        assertThat(result.text("MessagesWithError")).isEqualTo("3");
        List<Map<String, String>> results = result.records("Result");
        assertThat(results).extracting(r -> r.get("MessageID")).containsExactly("2", "3", "4");
        assertThat(results).allSatisfy(r -> assertThat(r).containsEntry("ResultCode", "Error")
                .containsEntry("ResultMessageCode", "5000"));
        assertThat(results.get(0).get("ResultDescription")).contains("line 6,").contains("missing required element SKU");
        assertThat(results.get(0)).doesNotContainKey("AdditionalInfo");
        assertThat(results.get(1).get("ResultDescription")).contains("Quantity must be a whole number");
        assertThat(results.get(1).get("AdditionalInfo")).isEqualTo("BAD-QTY");
        assertThat(results.get(2).get("ResultDescription")).contains("unknown element Colour in Inventory");
        assertThat(result.texts("SKU")).containsExactly("BAD-QTY", "ODD");
    }

    @Test
    void aDocumentThatIsNotWellFormedFailsAsAWhole(MwsSandbox sandbox) {
        String feed = ENVELOPE_START + "<MessageType>Inventory</MessageType>\n"
                + "<Message><MessageID>1</MessageID><Inventory><SKU>OK-1</SKU><Quantity>4</Quantity></Inventory>"
                + "</Message>\n<Message><MessageID>2</MessageID><Inventory><SKU>A&B</SKU></Inventory></Message>\n"
                + "</AmazonEnvelope>\n";
        WebServiceClient.Response result = processed(sandbox, FeedsLifecycleTest.INVENTORY, feed, "text/xml");
        assertThat(result.text("MessagesProcessed")).isEqualTo("0");
        assertThat(result.text("MessagesSuccessful")).isEqualTo("0");
        assertThat(result.text("MessagesWithError")).isEqualTo("1");
        assertThat(result.records("Result")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("MessageID", "0").containsEntry("ResultCode", "Error")
                    .containsEntry("ResultMessageCode", "5001");
            assertThat(r.get("ResultDescription")).startsWith("XML Parsing Fatal Error at Line 6, Column");
        });
    }

    @Test
    void anEnvelopeOfTheWrongMessageTypeFailsAsAWhole(MwsSandbox sandbox) {
        String feed = ENVELOPE_START + "<MessageType>Price</MessageType>\n<Message><MessageID>1</MessageID><Price>"
                + "<SKU>P-1</SKU><StandardPrice currency=\"EUR\">3.50</StandardPrice></Price></Message>\n"
                + "</AmazonEnvelope>\n";
        WebServiceClient.Response result = processed(sandbox, FeedsLifecycleTest.INVENTORY, feed, "text/xml");
        assertThat(result.text("ResultMessageCode")).isEqualTo("5001");
        assertThat(result.text("ResultDescription")).contains("MessageType Price does not match FeedType "
                + FeedsLifecycleTest.INVENTORY);
        // The same document is fine as a pricing feed.
        WebServiceClient.Response pricing = processed(sandbox, FeedsLifecycleTest.PRICING, feed, "text/xml");
        assertThat(pricing.text("MessagesSuccessful")).isEqualTo("1");
    }

    @Test
    void aFlatFileReportNamesTheRowsInError(MwsSandbox sandbox) {
        String feed = "TemplateType=fptcustom\tVersion=2020.0101\n"
                + "Seller SKU\tPrice\tQuantity\n"
                + "item_sku\tstandard_price\tquantity\n"
                + "CRÈME-1\t12.99\t3\n"
                + "\n"
                + "CRÈME-2\t12,99\t3\n";
        WebServiceClient.Response result = processed(sandbox, "_POST_FLAT_FILE_LISTINGS_DATA_", feed,
                "text/tab-separated-values; charset=UTF-8");
        assertThat(result.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(result.text(result.charset())).isEqualTo("Feed Processing Summary:\n"
                + "\tNumber of records processed\t\t2\n"
                + "\tNumber of records successful\t\t1\n\n"
                + "original-record-number\tsku\terror-code\terror-type\terror-message\n"
                + "6\tCRÈME-2\t90244\tError\tThe value '12,99' in the 'standard_price' field is not a valid price; "
                + "use digits and a decimal point, e.g. 19.99.\n");
    }
}
