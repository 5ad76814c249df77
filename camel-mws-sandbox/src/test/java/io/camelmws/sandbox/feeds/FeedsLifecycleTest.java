package io.camelmws.sandbox.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.WebServiceClient;
import io.camelmws.sandbox.support.WebServiceClient.Response;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A feed's life over HTTP on the simulated clock: submit, follow it in the lists, fetch its processing report;
 * paging, filters, cancelling; what the sandbox recorded. Default processing times: 30 s submitted, 60 s in progress.
 */
class FeedsLifecycleTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    static final String INVENTORY = "_POST_INVENTORY_AVAILABILITY_DATA_";
    static final String PRICING = "_POST_PRODUCT_PRICING_DATA_";

    private WebServiceClient feeds;

    @BeforeEach
    void freshSandbox(MwsSandbox sandbox) {
        sandbox.reset();
        feeds = WebServiceClient.feeds(sandbox);
    }

    static byte[] inventoryFeed(String... skusAndQuantities) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AmazonEnvelope "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation="
                + "\"amzn-envelope.xsd\">\n  <Header><DocumentVersion>1.01</DocumentVersion>"
                + "<MerchantIdentifier>M_SANDBOX</MerchantIdentifier></Header>\n"
                + "  <MessageType>Inventory</MessageType>\n");
        for (int i = 0; i + 1 < skusAndQuantities.length; i += 2) {
            xml.append("  <Message><MessageID>").append(i / 2 + 1).append("</MessageID><OperationType>Update"
                    + "</OperationType><Inventory><SKU>").append(skusAndQuantities[i]).append("</SKU><Quantity>")
                    .append(skusAndQuantities[i + 1]).append("</Quantity></Inventory></Message>\n");
        }
        return xml.append("</AmazonEnvelope>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String submit(String feedType) {
        return feeds.submitFeed(inventoryFeed("W-1", "1")).send(feedType).assertOk().text("FeedSubmissionId");
    }

    private Map<String, String> info(String id) {
        List<Map<String, String>> infos = feeds.call("GetFeedSubmissionList", "FeedSubmissionIdList.Id.1", id)
                .assertOk().records("FeedSubmissionInfo");
        assertThat(infos).hasSize(1);
        return infos.get(0);
    }

    @Test
    void aFeedIsSubmittedProcessedAndItsProcessingReportFetched(MwsSandbox sandbox) throws Exception {
        // The clock runs in real time here: the submission's second is read off the answer, bounded by the clock
        // before and after it, so a second that turns during the request cannot fail the test.
        Instant before = sandbox.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        byte[] feed = inventoryFeed("W-1", "10", "W-2", "0");
        Response response = feeds.submitFeed(feed).param("MarketplaceIdList.Id.1", "ATVPDKIKX0DER")
                .param("PurgeAndReplace", "false").send(INVENTORY).assertOk();
        assertThat(response.document().getDocumentElement().getLocalName()).isEqualTo("SubmitFeedResponse");
        assertThat(response.header("x-amz-request-id")).isEqualTo(response.header("x-mws-request-id"));
        assertThat(response.text("FeedType")).isEqualTo(INVENTORY);
        assertThat(response.text("FeedProcessingStatus")).isEqualTo("_SUBMITTED_");
        Instant submitted = WebServiceDates.parse("SubmittedDate", response.text("SubmittedDate"));
        assertThat(submitted).isBetween(before, sandbox.clock().instant());
        String id = response.text("FeedSubmissionId");

        ReceivedFeed received = sandbox.feeds().all().get(0);
        assertThat(received.feedSubmissionId()).isEqualTo(id);
        assertThat(received.content()).isEqualTo(feed);
        assertThat(received.size()).isEqualTo(feed.length);
        assertThat(received.md5Base64()).isEqualTo(WebServiceClient.md5(feed));
        assertThat(received.contentType()).isEqualTo("text/xml");
        assertThat(received.declaredCharset()).isNull();
        assertThat(received.marketplaceIds()).containsExactly("ATVPDKIKX0DER");
        assertThat(received.purgeAndReplace()).isFalse();
        assertThat(Files.isRegularFile(received.path())).isTrue();

        Response early = feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", id)
                .assertError(404, "FeedProcessingResultNotReady");
        assertThat(early.text("Message")).isEqualTo("Feed Submission Result is not ready for Feed " + id);

        sandbox.advanceClock(Duration.ofSeconds(31));
        assertThat(info(id)).containsEntry("FeedProcessingStatus", "_IN_PROGRESS_")
                .containsEntry("StartedProcessingDate", WebServiceDates.format(submitted.plusSeconds(30)))
                .doesNotContainKey("CompletedProcessingDate");
        feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", id).assertError(404, "FeedProcessingResultNotReady");

        sandbox.advanceClock(Duration.ofSeconds(60));
        assertThat(info(id)).containsEntry("FeedProcessingStatus", "_DONE_")
                .containsEntry("CompletedProcessingDate", WebServiceDates.format(submitted.plusSeconds(90)));

        Response result = feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", id).assertDocument();
        assertThat(result.header("Content-Type")).isEqualTo("text/xml;charset=UTF-8");
        assertThat(result.document().getDocumentElement().getLocalName()).isEqualTo("AmazonEnvelope");
        assertThat(result.text("MessageType")).isEqualTo("ProcessingReport");
        assertThat(result.text("MerchantIdentifier")).isEqualTo(sandbox.sellerId());
        assertThat(result.text("DocumentTransactionID")).isEqualTo(id);
        assertThat(result.text("StatusCode")).isEqualTo("Complete");
        assertThat(result.text("MessagesProcessed")).isEqualTo("2");
        assertThat(result.text("MessagesSuccessful")).isEqualTo("2");
        assertThat(result.text("MessagesWithError")).isEqualTo("0");
        assertThat(result.text("MessagesWithWarning")).isEqualTo("0");
        assertThat(result.texts("Result")).isEmpty();
    }

    @Test
    void listsPageNewestFirstAndFilterByTypeStatusAndDate(MwsSandbox sandbox) {
        List<String> inventory = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            inventory.add(submit(INVENTORY));
            sandbox.advanceClock(Duration.ofSeconds(10));
        }
        String pricing = feeds.submitFeed(("<?xml version=\"1.0\"?><AmazonEnvelope><Header><DocumentVersion>1.01"
                + "</DocumentVersion><MerchantIdentifier>M</MerchantIdentifier></Header><MessageType>Price"
                + "</MessageType><Message><MessageID>1</MessageID><Price><SKU>W-1</SKU><StandardPrice currency="
                + "\"USD\">9.99</StandardPrice></Price></Message></AmazonEnvelope>").getBytes(StandardCharsets.UTF_8))
                .send(PRICING).assertOk().text("FeedSubmissionId");

        Response first = feeds.call("GetFeedSubmissionList", "FeedTypeList.Type.1", INVENTORY, "MaxCount", "4")
                .assertOk();
        assertThat(first.text("HasNext")).isEqualTo("true");
        assertThat(first.texts("FeedSubmissionId")).containsExactly(inventory.get(5), inventory.get(4),
                inventory.get(3), inventory.get(2));
        Response second = feeds.call("GetFeedSubmissionListByNextToken", "NextToken", first.text("NextToken"))
                .assertOk();
        assertThat(second.document().getDocumentElement().getLocalName())
                .isEqualTo("GetFeedSubmissionListByNextTokenResponse");
        assertThat(second.texts("FeedSubmissionId")).containsExactly(inventory.get(1), inventory.get(0));
        assertThat(second.text("HasNext")).isEqualTo("false");

        // 60 s after the first: the first four (30 s old or more) are in progress, the others submitted.
        assertThat(feeds.call("GetFeedSubmissionCount", "FeedProcessingStatusList.Status.1", "_IN_PROGRESS_")
                .assertOk().text("Count")).isEqualTo("4");
        assertThat(feeds.call("GetFeedSubmissionList", "FeedProcessingStatusList.Status.1", "_SUBMITTED_",
                "FeedTypeList.Type.1", PRICING).assertOk().texts("FeedSubmissionId")).containsExactly(pricing);
        assertThat(feeds.call("GetFeedSubmissionList", "SubmittedFromDate",
                WebServiceDates.format(sandbox.clock().instant().minusSeconds(15)), "MaxCount", "100").assertOk()
                .texts("FeedSubmissionId")).containsExactly(pricing, inventory.get(5));
        assertThat(feeds.call("GetFeedSubmissionList", "FeedSubmissionIdList.Id.1", pricing, "FeedTypeList.Type.1",
                INVENTORY).assertOk().texts("FeedSubmissionId")).containsExactly(pricing);
        assertThat(feeds.call("GetFeedSubmissionCount").assertOk().text("Count")).isEqualTo("7");
        assertThat(feeds.call("GetFeedSubmissionList").assertOk().texts("FeedSubmissionId")).hasSize(7);
    }

    @Test
    void onlySubmittedFeedsAreCancelledAndACancelledFeedHasNoResult(MwsSandbox sandbox) {
        String started = submit(INVENTORY);
        sandbox.advanceClock(Duration.ofSeconds(40));
        String waiting = submit(INVENTORY);

        Response cancelled = feeds.call("CancelFeedSubmissions", "FeedSubmissionIdList.Id.1", started,
                "FeedSubmissionIdList.Id.2", waiting).assertOk();
        assertThat(cancelled.text("Count")).isEqualTo("2");
        assertThat(cancelled.records("FeedSubmissionInfo")).extracting(r -> r.get("FeedSubmissionId"),
                r -> r.get("FeedProcessingStatus")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(waiting, "_CANCELLED_"),
                org.assertj.core.groups.Tuple.tuple(started, "_IN_PROGRESS_"));

        sandbox.advanceClock(Duration.ofMinutes(5));
        assertThat(info(waiting)).containsEntry("FeedProcessingStatus", "_CANCELLED_");
        assertThat(info(started)).containsEntry("FeedProcessingStatus", "_DONE_");
        feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", waiting).assertError(400, "FeedCanceled");
        feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", started).assertDocument();
    }

    @Test
    void answersMwsErrorsForUnknownTypesAndIds(MwsSandbox sandbox) {
        feeds.submitFeed(inventoryFeed("W-1", "1")).send("_POST_NOTHING_").assertError(400, "InvalidFeedType");
        feeds.call("GetFeedSubmissionResult", "FeedSubmissionId", "4242").assertError(400, "InvalidFeedSubmissionId");
        feeds.call("GetFeedSubmissionList", "FeedSubmissionIdList.Id.1", "4242")
                .assertError(400, "InvalidFeedSubmissionId");
        feeds.call("GetFeedSubmissionList", "FeedProcessingStatusList.Status.1", "_FINISHED_")
                .assertError(400, "InvalidParameterValue");
        feeds.call("GetFeedSubmissionListByNextToken").assertError(400, "ValidationError");
        // Parameters in a form body instead of the query string: there is no feed.
        feeds.call("SubmitFeed", "FeedType", INVENTORY).assertError(400, "InvalidRequest");
        feeds.submitFeed(inventoryFeed("W-1", "1")).param("MarketplaceIdList.Id.1", "A0NOWHERE").send(INVENTORY)
                .assertError(400, "InvalidParameterValue");
        assertThat(sandbox.feeds().all()).isEmpty();
    }

    @Test
    void resetForgetsFeedsAndDeletesTheirBodies(MwsSandbox sandbox) {
        submit(INVENTORY);
        ReceivedFeed feed = sandbox.feeds().all().get(0);
        assertThat(Files.exists(feed.path())).isTrue();
        sandbox.reset();
        assertThat(sandbox.feeds().all()).isEmpty();
        assertThat(Files.exists(feed.path())).isFalse();
        assertThat(feeds.call("GetFeedSubmissionCount").assertOk().text("Count")).isEqualTo("0");
        // The official clients post to the bare path.
        assertThat(feeds.at("/").submitFeed(inventoryFeed("W-1", "1")).send(INVENTORY).assertOk()
                .text("FeedProcessingStatus")).isEqualTo("_SUBMITTED_");
    }
}
