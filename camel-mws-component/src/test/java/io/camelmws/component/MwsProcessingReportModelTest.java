package io.camelmws.component;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.error.MwsModelBindingException;
import io.camelmws.component.model.feeds.ProcessingReport;
import io.camelmws.component.model.feeds.ResultCode;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An XML feed's processing report as a typed model and as typed JSON, from SubmitFeed with await=true: the summary and
 * the per-message results (MessageID, code, SKU) the sandbox's feed rules produced; a flat-file feed's report refused
 * as a model, pointing to ROWS.
 */
class MwsProcessingReportModelTest extends CamelTestSupport {

    static final String INVENTORY_FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AmazonEnvelope><Header><DocumentVersion>1.01</DocumentVersion>"
                                         + "<MerchantIdentifier>M</MerchantIdentifier></Header><MessageType>Inventory</MessageType>"
                                         + "<Message><MessageID>1</MessageID><OperationType>Update</OperationType><Inventory><SKU>TEA-1</SKU>"
                                         + "<Quantity>3</Quantity></Inventory></Message>"
                                         + "<Message><MessageID>2</MessageID><OperationType>Update</OperationType><Inventory><SKU>TEA-2</SKU>"
                                         + "<Quantity>many</Quantity></Inventory></Message>"
                                         + "<Message><MessageID>3</MessageID><OperationType>Update</OperationType><Inventory><SKU>TEA-3</SKU>"
                                         + "<Quantity>7</Quantity><Colour>green</Colour></Inventory></Message></AmazonEnvelope>";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    private Exchange submit(String format, String feedType, String feed) {
        return template.request("mws:SubmitFeed?feedType=" + feedType + "&marketplaceId=ATVPDKIKX0DER&await=true&awaitPollInterval=50&resultFormat="
                                + format, e -> e.getMessage().setBody(feed));
    }

    @Test
    void anXmlFeedsReportNamesEachFailedMessageTyped() {
        Exchange done = submit("MODEL", "_POST_INVENTORY_AVAILABILITY_DATA_", INVENTORY_FEED);

        assertThat(done.getException()).isNull();
        ProcessingReport report = done.getMessage().getBody(ProcessingReport.class);
        assertThat(report.documentTransactionId()).isEqualTo(done.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID));
        assertThat(report.statusCode()).isEqualTo("Complete");
        assertThat(report.processingSummary().messagesProcessed()).isEqualTo(3);
        assertThat(report.processingSummary().messagesSuccessful()).isEqualTo(1);
        assertThat(report.processingSummary().messagesWithError()).isEqualTo(2);
        assertThat(report.results()).extracting(result -> result.messageId()).containsExactly(2L, 3L);
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.resultCode()).isEqualTo(ResultCode.ERROR);
            assertThat(result.resultMessageCode()).isEqualTo(5000);
            assertThat(result.resultDescription()).isNotBlank();
        });
        assertThat(report.results()).extracting(result -> result.additionalInfo().sku()).containsExactly("TEA-2", "TEA-3");
    }

    @Test
    void asJsonTheCountsAreNumbers() {
        Exchange done = submit("JSON", "_POST_INVENTORY_AVAILABILITY_DATA_", INVENTORY_FEED);

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(String.class)).contains("\"ProcessingSummary\":{\"MessagesProcessed\":3,\"MessagesSuccessful\":1,"
                                                                      + "\"MessagesWithError\":2,\"MessagesWithWarning\":0}")
                .contains("\"Result\":[{\"MessageID\":2,\"ResultCode\":\"Error\",\"ResultMessageCode\":5000,");
    }

    @Test
    void aFlatFileFeedsReportIsNotAModel() {
        Exchange done = submit("MODEL", "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_", "sku\tprice\tquantity\nTEA-1\t9.99\t3\n");

        assertThat(done.getException()).isInstanceOfSatisfying(MwsModelBindingException.class, e -> assertThat(e.getMessage())
                .contains("is not an XML ProcessingReport").contains("resultFormat=ROWS"));
        assertThat(SANDBOX.sandbox().feeds().all()).isNotEmpty();
    }

    @Test
    void aReportHasNoModelSoAskingForOneIsRefusedAtCreation() {
        assertThatThrownBy(() -> context.getEndpoint("mws:RequestReport?reportType=_GET_FLAT_FILE_OPEN_LISTINGS_DATA_&await=true&resultFormat=MODEL"))
                .rootCause().hasMessageContaining("the document it hands on (GetReport's) has no typed model");
    }
}
