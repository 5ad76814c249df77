package io.camelmws.component.faults;

import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.feeds.ReceivedFeed;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static io.camelmws.component.faults.FaultRoutes.PRICE_FEED;
import static io.camelmws.component.faults.FaultRoutes.US;
import static io.camelmws.component.faults.FaultRoutes.actions;
import static io.camelmws.component.faults.FaultRoutes.faults;
import static io.camelmws.component.faults.FaultRoutes.last;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirement 1 and 2 of "never lose a feed": a write whose answer was lost (cut, timed out, garbled) or that never
 * arrived (connection reset before the operation ran) ends with the submission MWS really holds for it, never with an
 * earlier one of the same type, and is sent again only when MWS holds none. Asserted on what the route sees and on the
 * feeds and requests the sandbox recorded.
 * <ul>
 * <li>{@code mws}, {@code mwsother}: two independent components (two ledgers) on an unscaled sandbox;</li>
 * <li>{@code scaled}, {@code scaledother}: quota-true components on a sandbox whose clock runs 600 times faster;</li>
 * <li>{@code slow}, {@code slowother}: on a sandbox whose clock almost stands still, so that two submissions made one
 * after the other fall in the same second of MWS's clock: the ambiguous case.</li>
 * </ul>
 */
class WriteRecoveryFaultsTest extends CamelTestSupport {

    static final double SCALE = 600;
    static final double SLOW_SCALE = 0.001;

    @RegisterExtension
    static final MwsSandboxExtension PLAIN = new MwsSandboxExtension().withThrottling(false);
    @RegisterExtension
    static final MwsSandboxExtension SCALED = new MwsSandboxExtension().withTimeScale(SCALE);
    @RegisterExtension
    static final MwsSandboxExtension SLOW = new MwsSandboxExtension().withTimeScale(SLOW_SCALE).withThrottling(false);

    static final String FEED = "mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US + "&retryDelay=10";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", FaultRoutes.component(PLAIN, ThrottlingMode.OFF, 1));
        context.addComponent("mwsother", FaultRoutes.component(PLAIN, ThrottlingMode.OFF, 1));
        context.addComponent("scaled", FaultRoutes.component(SCALED, ThrottlingMode.WAIT, SCALE));
        context.addComponent("scaledother", FaultRoutes.component(SCALED, ThrottlingMode.WAIT, SCALE));
        context.addComponent("slow", FaultRoutes.component(SLOW, ThrottlingMode.OFF, SLOW_SCALE));
        context.addComponent("slowother", FaultRoutes.component(SLOW, ThrottlingMode.OFF, SLOW_SCALE));
        return context;
    }

    /**
     * Each test's CamelContext (and so each component's ledger) is new, while a sandbox keeps the feeds of the tests
     * before: an hour of simulated time between tests keeps those out of every look-up's window.
     */
    @BeforeEach
    void separateFromEarlierTests() {
        PLAIN.sandbox().advanceClock(Duration.ofHours(1));
        SCALED.sandbox().advanceClock(Duration.ofHours(1));
    }

    private Exchange submit(String uri, String sku) {
        return FaultRoutes.send(template, uri, "sku\tprice\tquantity\n" + sku + "\t1.00\t1\n");
    }

    private static String submittedId(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        String id = exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
        assertThat(id).isNotBlank();
        return id;
    }

    @Test
    void aCutSubmitFeedAdoptsItsOwnFeedNotAnUnknownOneOfTheSameTypeTwentySecondsEarlier() {
        String earlier = submittedId(submit(FEED.replace("mws:", "mwsother:"), "EARLIER-1"));
        PLAIN.sandbox().advanceClock(Duration.ofSeconds(20));
        int before = PLAIN.sandbox().feeds().all().size();
        PLAIN.sandbox().clearRequests();
        PLAIN.sandbox().faults().add(FaultRule.forAction("SubmitFeed").cutShort(0.3).times(1));

        Exchange exchange = submit(FEED, "LOST-1");

        List<ReceivedFeed> feeds = PLAIN.sandbox().feeds().all();
        assertThat(feeds).as("exactly one new feed").hasSize(before + 1);
        ReceivedFeed lost = last(feeds);
        assertThat(lost.text(java.nio.charset.StandardCharsets.ISO_8859_1)).contains("LOST-1");
        assertThat(submittedId(exchange)).isEqualTo(lost.feedSubmissionId()).isNotEqualTo(earlier);
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(exchange.getMessage().getBody(String.class)).contains("<FeedSubmissionId>" + lost.feedSubmissionId() + "</FeedSubmissionId>");
        assertThat(actions(PLAIN.sandbox().requests())).containsExactly("SubmitFeed", "GetFeedSubmissionList");
        assertThat(faults(PLAIN.sandbox().requests())).containsExactly("cutShort", "-");
    }

    @Test
    void aCutSubmitFeedAdoptsItsOwnFeedNotTheOneAnotherExchangeSubmittedJustBefore() {
        String justBefore = submittedId(submit(FEED, "JUST-BEFORE-1"));
        int before = PLAIN.sandbox().feeds().all().size();
        PLAIN.sandbox().faults().add(FaultRule.forAction("SubmitFeed").cutShort(0.3).times(1));

        Exchange exchange = submit(FEED, "LOST-2");

        List<ReceivedFeed> feeds = PLAIN.sandbox().feeds().all();
        assertThat(feeds).as("exactly one new feed").hasSize(before + 1);
        assertThat(submittedId(exchange)).isEqualTo(last(feeds).feedSubmissionId()).isNotEqualTo(justBefore);
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(actions(PLAIN.sandbox().requests())).containsExactly("SubmitFeed", "SubmitFeed", "GetFeedSubmissionList");
    }

    @Test
    void aSubmitFeedWhoseConnectionWasResetBeforeItRanIsSentAgainExactlyOnce() {
        int before = PLAIN.sandbox().feeds().all().size();
        PLAIN.sandbox().faults().add(FaultRule.forAction("SubmitFeed").connectionReset().times(1));

        Exchange exchange = submit(FEED, "RESET-1");

        List<ReceivedFeed> feeds = PLAIN.sandbox().feeds().all();
        assertThat(feeds).as("exactly one new feed").hasSize(before + 1);
        assertThat(submittedId(exchange)).isEqualTo(last(feeds).feedSubmissionId());
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isNotEqualTo(true);
        assertThat(actions(PLAIN.sandbox().requests())).containsExactly("SubmitFeed", "GetFeedSubmissionList", "SubmitFeed");
        assertThat(faults(PLAIN.sandbox().requests())).containsExactly("connectionReset", "-", "-");
    }

    @Test
    void aGarbledSubmitFeedAnswerIsResolvedByTheLookUp() {
        int before = PLAIN.sandbox().feeds().all().size();
        PLAIN.sandbox().faults().add(FaultRule.forAction("SubmitFeed").malformedXml().times(1));

        Exchange exchange = submit(FEED, "GARBLED-1");

        List<ReceivedFeed> feeds = PLAIN.sandbox().feeds().all();
        assertThat(feeds).as("exactly one new feed").hasSize(before + 1);
        assertThat(submittedId(exchange)).isEqualTo(last(feeds).feedSubmissionId());
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(actions(PLAIN.sandbox().requests())).containsExactly("SubmitFeed", "GetFeedSubmissionList");
        assertThat(faults(PLAIN.sandbox().requests())).containsExactly("malformedXml", "-");
    }

    @Test
    void aGarbledLookUpAnswerIsReadAgainNotAnIllegalState() {
        int before = PLAIN.sandbox().feeds().all().size();
        PLAIN.sandbox().faults().add(FaultRule.forAction("SubmitFeed").cutShort(0.3).times(1));
        PLAIN.sandbox().faults().add(FaultRule.forAction("GetFeedSubmissionList").malformedXml().times(1));

        Exchange exchange = submit(FEED, "GARBLED-LOOKUP-1");

        List<ReceivedFeed> feeds = PLAIN.sandbox().feeds().all();
        assertThat(feeds).as("exactly one new feed").hasSize(before + 1);
        assertThat(submittedId(exchange)).isEqualTo(last(feeds).feedSubmissionId());
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(actions(PLAIN.sandbox().requests())).containsExactly("SubmitFeed", "GetFeedSubmissionList", "GetFeedSubmissionList");
    }

    @Test
    void aGarbledRequestReportAnswerIsResolvedByGetReportRequestList() {
        PLAIN.sandbox().faults().add(FaultRule.forAction("RequestReport").malformedXml().times(1));

        Exchange exchange = FaultRoutes.send(template, "mws:RequestReport?reportType=_GET_MERCHANT_LISTINGS_DATA_&retryDelay=10", null);

        assertThat(exchange.getException()).isNull();
        String id = exchange.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
        assertThat(id).isNotBlank();
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(actions(PLAIN.sandbox().requests())).containsExactly("RequestReport", "GetReportRequestList");
        assertThat(faults(PLAIN.sandbox().requests())).containsExactly("malformedXml", "-");
        // MWS holds that id for that report type: the adopted id is the request the route made.
        Exchange listed = FaultRoutes.send(template, "mws:GetReportRequestList?param.ReportRequestIdList.Id.1=" + id, null);
        assertThat(listed.getMessage().getBody(String.class)).contains("<ReportRequestId>" + id + "</ReportRequestId>")
                .contains("<ReportType>_GET_MERCHANT_LISTINGS_DATA_</ReportType>");
    }

    @Test
    void aRequestReportWhoseConnectionWasResetBeforeItRanIsSentAgainExactlyOnce() {
        PLAIN.sandbox().faults().add(FaultRule.forAction("RequestReport").connectionReset().times(1));

        Exchange exchange = FaultRoutes.send(template, "mws:RequestReport?reportType=_GET_MERCHANT_LISTINGS_DATA_&retryDelay=10", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class)).isNotBlank();
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isNotEqualTo(true);
        assertThat(actions(PLAIN.sandbox().requests())).containsExactly("RequestReport", "GetReportRequestList", "RequestReport");
    }

    @Test
    void withAwaitACutSubmitFeedIsAwaitedUnderItsOwnIdAndMarkedRecovered() {
        String scaledFeed = "scaled:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US + "&retryDelay=10";
        String earlier = submittedId(submit(scaledFeed.replace("scaled:", "scaledother:"), "AWAIT-EARLIER-1"));
        SCALED.sandbox().advanceClock(Duration.ofSeconds(20));
        int before = SCALED.sandbox().feeds().all().size();
        SCALED.sandbox().clearRequests();
        SCALED.sandbox().faults().add(FaultRule.forAction("SubmitFeed").cutShort(0.3).times(1));

        Exchange exchange = submit(scaledFeed + "&await=true&awaitPollInterval=50", "AWAIT-LOST-1");

        List<ReceivedFeed> feeds = SCALED.sandbox().feeds().all();
        assertThat(feeds).as("exactly one new feed").hasSize(before + 1);
        assertThat(submittedId(exchange)).isEqualTo(last(feeds).feedSubmissionId()).isNotEqualTo(earlier);
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_PROCESSING_STATUS)).isEqualTo("_DONE_");
        assertThat(actions(SCALED.sandbox().requests())).containsSubsequence("SubmitFeed", "GetFeedSubmissionList", "GetFeedSubmissionResult")
                .filteredOn("SubmitFeed"::equals).hasSize(1);
        assertThat(SCALED.sandbox().requests()).filteredOn(r -> "GetFeedSubmissionResult".equals(r.action()))
                .allSatisfy(r -> assertThat(r.parameter("FeedSubmissionId")).isEqualTo(last(feeds).feedSubmissionId()));
    }

    @Test
    void onAScaledClockACutSubmitFeedAdoptsItsOwnFeedAmongEarlierOnes() {
        String scaledFeed = "scaled:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US + "&retryDelay=10";
        String unknown = submittedId(submit(scaledFeed.replace("scaled:", "scaledother:"), "SCALED-UNKNOWN-1"));
        SCALED.sandbox().advanceClock(Duration.ofSeconds(20));
        String known = submittedId(submit(scaledFeed, "SCALED-KNOWN-1"));
        int before = SCALED.sandbox().feeds().all().size();
        SCALED.sandbox().clearRequests();
        SCALED.sandbox().faults().add(FaultRule.forAction("SubmitFeed").cutShort(0.3).times(1));

        Exchange exchange = submit(scaledFeed, "SCALED-LOST-1");

        List<ReceivedFeed> feeds = SCALED.sandbox().feeds().all();
        assertThat(feeds).as("exactly one new feed").hasSize(before + 1);
        assertThat(submittedId(exchange)).isEqualTo(last(feeds).feedSubmissionId()).isNotIn(unknown, known);
        assertThat(exchange.getMessage().getHeader(MwsConstants.RECOVERED)).isEqualTo(true);
        assertThat(actions(SCALED.sandbox().requests())).containsExactly("SubmitFeed", "GetFeedSubmissionList");
    }

    /**
     * Found by the soak's reasoning, reproduced here deterministically: a write whose connection was reset before MWS ran it,
     * looked up while another write of the same type from this component has arrived at MWS but not yet had its answer
     * (a slow answer), must not take that other write's submission for its own: it would report a feed it never sent,
     * and its own feed would never be sent.
     */
    @Test
    void aResetSubmitFeedDoesNotAdoptTheSubmissionOfAnotherWriteStillWaitingForItsAnswer() throws Exception {
        String slowFeed = "slow:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US + "&retryDelay=10";
        // Feeds of earlier tests on this almost still clock would be unknown candidates too: an hour keeps them out.
        SLOW.sandbox().advanceClock(Duration.ofHours(1));
        int before = SLOW.sandbox().feeds().all().size();
        SLOW.sandbox().faults().add(FaultRule.forAction("SubmitFeed").delay(Duration.ofSeconds(2)).times(1));
        SLOW.sandbox().faults().add(FaultRule.forAction("SubmitFeed").connectionReset().times(1));
        java.util.concurrent.Future<Exchange> slowAnswer = template.asyncSend(slowFeed,
                e -> e.getMessage().setBody("sku\tprice\tquantity\nIN-FLIGHT-1\t1.00\t1\n"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(FaultRoutes.BOUND_SECONDS);
        while (SLOW.sandbox().feeds().all().size() == before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(SLOW.sandbox().feeds().all()).as("the first feed arrived; its answer is held back").hasSize(before + 1);
        String inFlight = last(SLOW.sandbox().feeds().all()).feedSubmissionId();

        Exchange reset = submit(slowFeed, "RESET-WHILE-IN-FLIGHT-1");
        Exchange slow = slowAnswer.get(FaultRoutes.BOUND_SECONDS, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(submittedId(slow)).isEqualTo(inFlight);
        assertThat(reset.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).as("never the other write's submission").isNotEqualTo(inFlight);
        List<ReceivedFeed> mine = SLOW.sandbox().feeds().all().stream()
                .filter(feed -> feed.text(java.nio.charset.StandardCharsets.ISO_8859_1).contains("RESET-WHILE-IN-FLIGHT-1")).toList();
        if (reset.getException() == null) {
            assertThat(mine).as("its own feed, sent again once").hasSize(1);
            assertThat(submittedId(reset)).isEqualTo(mine.get(0).feedSubmissionId());
        } else {
            assertThat(reset.getException()).isInstanceOfSatisfying(MwsUncertainOutcomeException.class,
                    e -> assertThat(e.getCandidates()).containsExactly(inFlight));
            assertThat(mine).as("not sent again while uncertain").isEmpty();
        }
    }

    @Test
    void twoUnknownSubmissionsInTheWindowAreReportedWithBothIdsAndNothingIsSentAgain() {
        String slowFeed = "slow:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US + "&retryDelay=10";
        String unknown = submittedId(submit(slowFeed.replace("slow:", "slowother:"), "AMBIGUOUS-OTHER-1"));
        int before = SLOW.sandbox().feeds().all().size();
        SLOW.sandbox().clearRequests();
        SLOW.sandbox().faults().add(FaultRule.forAction("SubmitFeed").cutShort(0.3).times(1));

        Exchange exchange = submit(slowFeed, "AMBIGUOUS-LOST-1");

        List<ReceivedFeed> feeds = SLOW.sandbox().feeds().all();
        assertThat(feeds).as("the lost feed arrived once and was not sent again").hasSize(before + 1);
        String lost = last(feeds).feedSubmissionId();
        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsUncertainOutcomeException.class, e -> {
            assertThat(e.getCandidates()).containsExactlyInAnyOrder(unknown, lost);
            assertThat(e.getMessage()).contains(unknown).contains(lost);
        });
        assertThat(exchange.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isNull();
        assertThat(actions(SLOW.sandbox().requests())).containsExactly("SubmitFeed", "GetFeedSubmissionList");
    }
}
