package io.camelmws.component.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirement 3: one unreadable status-poll answer does not fail the workflows waiting on it. With maxRetries=0 the
 * pipeline does not read the poll again itself: the failed poll reaches the shared poller, which must poll again.
 */
class StatusPollFaultsTest extends CamelTestSupport {

    static final double SCALE = 600;

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withTimeScale(SCALE);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", FaultRoutes.component(SANDBOX, ThrottlingMode.WAIT, SCALE));
        return context;
    }

    @Test
    void oneMalformedPollAnswerDoesNotFailThePendingWorkflows() throws Exception {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetFeedSubmissionList").malformedXml().times(1));
        int before = SANDBOX.sandbox().feeds().all().size();
        String uri = "mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US + "&await=true&awaitPollInterval=50&maxRetries=0";

        List<Future<Exchange>> running = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String feed = "sku\tprice\tquantity\nPOLL-" + i + "\t1.00\t1\n";
            running.add(template.asyncSend(uri, exchange -> exchange.getMessage().setBody(feed)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Exchange> future : running) {
            Exchange exchange = future.get(FaultRoutes.BOUND_SECONDS, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_PROCESSING_STATUS)).isEqualTo("_DONE_");
            ids.add(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class));
        }

        List<ReceivedFeed> feeds = SANDBOX.sandbox().feeds().all();
        assertThat(feeds).hasSize(before + 4);
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(feeds.subList(before, feeds.size()).stream().map(ReceivedFeed::feedSubmissionId).toList());
        List<SandboxRequest> polls = SANDBOX.sandbox().requests().stream().filter(r -> "GetFeedSubmissionList".equals(r.action())).toList();
        assertThat(polls).first().satisfies(first -> assertThat(first.fault()).isEqualTo("malformedXml"));
        assertThat(polls).as("polled again after the malformed answer").hasSizeGreaterThan(1);
        assertThat(SANDBOX.sandbox().requests()).filteredOn(r -> "GetFeedSubmissionResult".equals(r.action())).hasSize(4);
        assertThat(SANDBOX.sandbox().requests()).filteredOn(r -> "SubmitFeed".equals(r.action())).hasSize(4);
    }
}
