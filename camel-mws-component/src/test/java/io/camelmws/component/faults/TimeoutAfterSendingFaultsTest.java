package io.camelmws.component.faults;

import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static io.camelmws.component.faults.FaultRoutes.PRICE_FEED;
import static io.camelmws.component.faults.FaultRoutes.US;
import static io.camelmws.component.faults.FaultRoutes.actions;
import static io.camelmws.component.faults.FaultRoutes.last;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirement 7 (and 1): the answer is late ({@code delay}) and socketTimeout ends the attempt after MWS carried the
 * request out. The sandbox logs a delayed request only once its delay is over, possibly after the test has finished;
 * each test therefore has a sandbox of its own, so that the late log entry can never land in another test's log, and
 * asserts only on what is certain to be logged by then.
 */
class TimeoutAfterSendingFaultsTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSandboxExtension READS = new MwsSandboxExtension().withThrottling(false);
    @RegisterExtension
    static final MwsSandboxExtension FEEDS = new MwsSandboxExtension().withThrottling(false);
    @RegisterExtension
    static final MwsSandboxExtension REPORTS = new MwsSandboxExtension().withThrottling(false);

    static final Duration LATE = Duration.ofSeconds(3);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("reads", FaultRoutes.component(READS, ThrottlingMode.OFF, 1));
        context.addComponent("feeds", FaultRoutes.component(FEEDS, ThrottlingMode.OFF, 1));
        context.addComponent("reports", FaultRoutes.component(REPORTS, ThrottlingMode.OFF, 1));
        return context;
    }

    @Test
    void aReadThatTimesOutAfterSendingIsRetriedAndSucceeds() {
        READS.sandbox().faults().add(FaultRule.forAction("GetServiceStatus").delay(LATE).times(1));

        Exchange exchange = FaultRoutes.send(template, "reads:GetServiceStatus?section=Orders&retryDelay=10&socketTimeout=300", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("<Status>GREEN</Status>");
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(READS.sandbox().requests()).filteredOn(r -> r.fault() == null).extracting(SandboxRequest::action)
                .containsExactly("GetServiceStatus");
    }

    @Test
    void aSubmitFeedThatTimesOutAfterMwsTookItIsFoundNotSentTwice() {
        FEEDS.sandbox().faults().add(FaultRule.forAction("SubmitFeed").delay(LATE).times(1));

        Exchange exchange = FaultRoutes.send(template, "feeds:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US
                                                       + "&retryDelay=10&socketTimeout=300", "sku\tprice\tquantity\nLATE-1\t1.00\t1\n");

        assertThat(exchange.getException()).isNull();
        List<ReceivedFeed> feeds = FEEDS.sandbox().feeds().all();
        assertThat(feeds).as("exactly one feed").hasSize(1);
        assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isEqualTo(last(feeds).feedSubmissionId());
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(actions(FEEDS.sandbox().requests())).containsOnlyOnce("GetFeedSubmissionList")
                .filteredOn("SubmitFeed"::equals).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aRequestReportThatTimesOutAfterMwsTookItIsFoundNotSentTwice() {
        REPORTS.sandbox().faults().add(FaultRule.forAction("RequestReport").delay(LATE).times(1));

        Exchange exchange = FaultRoutes.send(template, "reports:RequestReport?reportType=_GET_MERCHANT_LISTINGS_DATA_&retryDelay=10&socketTimeout=300",
                null);

        assertThat(exchange.getException()).isNull();
        String id = exchange.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
        assertThat(id).isNotBlank();
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(actions(REPORTS.sandbox().requests())).containsOnlyOnce("GetReportRequestList")
                .filteredOn("RequestReport"::equals).hasSizeLessThanOrEqualTo(1);
        // MWS holds exactly one request of the type, and it is the one adopted.
        Exchange listed = FaultRoutes.send(template, "reports:GetReportRequestList?param.ReportTypeList.Type.1=_GET_MERCHANT_LISTINGS_DATA_", null);
        String body = listed.getMessage().getBody(String.class);
        assertThat(body.split("<ReportRequestId>", -1)).as("one ReportRequestInfo").hasSize(2);
        assertThat(body).contains("<ReportRequestId>" + id + "</ReportRequestId>");
    }
}
