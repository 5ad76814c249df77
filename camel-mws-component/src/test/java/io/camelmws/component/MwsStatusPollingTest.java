package io.camelmws.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsWorkflowException;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status polls of await=true workflows: shared only by endpoints whose polls would be the same requests sent the same
 * way, and spaced by each endpoint's own awaitPollInterval in MWS's (the sandbox's simulated) time. Every timing is
 * read from the sandbox's request log, in simulated instants.
 */
class MwsStatusPollingTest extends CamelTestSupport {

    /** A report takes 90 simulated seconds (30 submitted, 60 in progress): 150 ms at 600x. */
    static final double TIME_SCALE = 600;
    static final String SYNTHETIC = "_GET_SANDBOX_SYNTHETIC_DATA_";
    static final String REQUEST = "mws:RequestReport?reportType=" + SYNTHETIC + "&await=true";

    /** Two access keys with the same String.hashCode(): "Aa" and "BB" hash alike, and so do strings that differ only there. */
    static final String KEY_AA = "AKIAAaSANDBOXKEY0001";
    static final String KEY_BB = "AKIABBSANDBOXKEY0001";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    /** A second MWS whose account's access key is {@link #KEY_AA}. */
    @RegisterExtension
    static final MwsSandboxExtension AA = ScaledMws.sandbox(TIME_SCALE).withAccessKey(KEY_AA);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        context.addComponent("mwsaa", ScaledMws.component(AA));
        return context;
    }

    private CompletableFuture<Exchange> start(String uri, int seed) {
        return template.asyncSend(uri, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=512;seed=" + seed)));
    }

    private static Exchange done(CompletableFuture<Exchange> workflow) throws Exception {
        return workflow.get(30, TimeUnit.SECONDS);
    }

    private static String requestIdOf(Exchange exchange) {
        String id = exchange.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
        assertThat(id).as("ReportRequestId of %s", exchange).isNotBlank();
        return id;
    }

    private static SandboxRequest requestReport(List<SandboxRequest> requests, String requestId) {
        // The ReportRequestId is in RequestReport's answer, not its request: the request log lists it first of its workflow's.
        return ScaledMws.of(requests, "RequestReport").stream()
                .filter(r -> requests.indexOf(r) < requests.indexOf(ScaledMws.naming(requests, requestId).get(0)))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void twoEndpointsOfOneSellerPollEachAtItsOwnInterval() throws Exception {
        // 30 s and 10 min of MWS time (50 ms and 1 s of wall time at 600x).
        CompletableFuture<Exchange> often = start(REQUEST + "&awaitPollInterval=30000", 1);
        Exchange first = done(often);
        CompletableFuture<Exchange> rarely = start(REQUEST + "&awaitPollInterval=600000", 2);
        CompletableFuture<Exchange> oftenAgain = start(REQUEST + "&awaitPollInterval=30000", 3);
        Exchange slow = done(rarely);
        Exchange fast = done(oftenAgain);
        assertThat(List.of(first, slow, fast)).allSatisfy(e -> assertThat(e.getException()).isNull());

        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        List<SandboxRequest> polls = ScaledMws.of(requests, "GetReportRequestList");
        for (Exchange exchange : List.of(first, fast)) {
            String id = requestIdOf(exchange);
            List<SandboxRequest> itsPolls = ScaledMws.naming(polls, id);
            // Done after 90 s: polled at about 30, 60 and 90 s after the request; on a loaded machine (50 ms of wall
            // time is 30 s of MWS time here) the first poll may come late enough to find it done, so at least one, and
            // every gap between polls is the 30 s interval, never the other endpoint's 10 minutes.
            assertThat(itsPolls).as("polls of %s", id).isNotEmpty();
            assertThat(ScaledMws.since(requestReport(requests, id).receivedAt(), itsPolls.get(0)))
                    .isBetween(Duration.ofSeconds(24), Duration.ofMinutes(5));
            assertThat(ScaledMws.gaps(itsPolls)).allSatisfy(gap -> assertThat(gap).isBetween(Duration.ofSeconds(24), Duration.ofMinutes(5)));
        }
        String slowId = requestIdOf(slow);
        List<SandboxRequest> slowPolls = ScaledMws.naming(polls, slowId);
        // Done long before its first poll, 10 minutes after the request: one poll, not one every 30 s.
        assertThat(slowPolls).as("polls of %s", slowId).hasSize(1);
        assertThat(ScaledMws.since(requestReport(requests, slowId).receivedAt(), slowPolls.get(0))).isGreaterThanOrEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void awaitPollIntervalIsMwsTimeRunAtTheComponentsTimeScale() throws Exception {
        // One minute of MWS time: 100 ms of wall time at 600x. Unscaled, the first poll would come a minute of wall time
        // (10 simulated hours) after the request, long after the report was done in 90 simulated seconds.
        Exchange exchange = template.asyncSend(REQUEST + "&awaitPollInterval=60000",
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportOptions", "size=512;seed=7"))).get(10, TimeUnit.SECONDS);

        assertThat(exchange.getException()).isNull();
        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        String id = requestIdOf(exchange);
        List<SandboxRequest> polls = ScaledMws.naming(ScaledMws.of(requests, "GetReportRequestList"), id);
        // At about 60 and 120 simulated seconds: the second finds the report done.
        assertThat(polls).hasSizeBetween(1, 3);
        assertThat(ScaledMws.since(requestReport(requests, id).receivedAt(), polls.get(0))).isBetween(Duration.ofSeconds(48), Duration.ofMinutes(5));
        assertThat(ScaledMws.gaps(polls)).allSatisfy(gap -> assertThat(gap).isBetween(Duration.ofSeconds(48), Duration.ofMinutes(5)));
        assertThat(ScaledMws.of(requests, "GetReport")).hasSize(1);
    }

    @Test
    void endpointsThatSendDifferentlyPollThroughTheirOwnPipelines() throws Exception {
        Exchange alpha = done(start(REQUEST + "&awaitPollInterval=30000&applicationName=Alpha", 4));
        Exchange beta = done(start(REQUEST + "&awaitPollInterval=30000&applicationName=Beta", 5));
        assertThat(alpha.getException()).isNull();
        assertThat(beta.getException()).isNull();

        List<SandboxRequest> polls = ScaledMws.of(SANDBOX.sandbox().requests(), "GetReportRequestList");
        assertThat(ScaledMws.naming(polls, requestIdOf(alpha))).isNotEmpty()
                .allSatisfy(poll -> assertThat(poll.userAgent()).startsWith("Alpha/"));
        assertThat(ScaledMws.naming(polls, requestIdOf(beta))).isNotEmpty()
                .allSatisfy(poll -> assertThat(poll.userAgent()).startsWith("Beta/"));
    }

    @Test
    void accessKeysWithTheSameHashCodeNeverShareAPollerOrItsCredentials() throws Exception {
        assertThat(KEY_AA.hashCode()).isEqualTo(KEY_BB.hashCode());
        String uri = "mwsaa:RequestReport?reportType=" + SYNTHETIC + "&await=true&awaitPollInterval=300000&awaitTimeout=1500";
        // A report request of the sandbox's account, for the other key's endpoint to resume.
        String resumed = template.request("mwsaa:RequestReport?reportType=" + SYNTHETIC, e -> { }).getMessage()
                .getHeader(MwsConstants.REPORT_REQUEST_ID, String.class);
        Exchange own = done(start(uri, 6));
        assertThat(own.getException()).isNull();

        // Same MWS, seller, secret, interval and settings; only the access key differs, and the sandbox does not know it.
        Exchange other = done(template.asyncSend(uri + "&accessKey=" + KEY_BB,
                e -> e.getMessage().setHeader(MwsConstants.REPORT_REQUEST_ID, resumed)));

        List<SandboxRequest> polls = ScaledMws.of(AA.sandbox().requests(), "GetReportRequestList");
        assertThat(ScaledMws.naming(polls, requestIdOf(own))).isNotEmpty()
                .allSatisfy(poll -> assertThat(poll.parameter("AWSAccessKeyId")).isEqualTo(KEY_AA));
        assertThat(ScaledMws.naming(polls, resumed)).isNotEmpty()
                .allSatisfy(poll -> assertThat(poll.parameter("AWSAccessKeyId")).isEqualTo(KEY_BB));
        // Its polls were refused, signed with its own key: it never saw the report, nor downloaded it with the other's.
        assertThat(other.getException()).isInstanceOfSatisfying(MwsWorkflowException.class,
                e -> assertThat(e.getCause()).isInstanceOf(MwsException.class));
        assertThat(ScaledMws.of(AA.sandbox().requests(), "GetReport")).hasSize(1);
    }
}
