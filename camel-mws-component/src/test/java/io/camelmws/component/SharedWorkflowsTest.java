package io.camelmws.component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.signing.Fingerprint;
import io.camelmws.component.store.JdbcWorkflowStore;
import io.camelmws.component.store.StoreType;
import io.camelmws.component.store.WorkflowRecord;
import io.camelmws.component.workflow.WorkflowTracker;
import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of an integration (two CamelContexts, each with its own mws component) sharing one PostgreSQL
 * database: a workflow one of them started and never finished (it stopped) is finished by the other when the same
 * request reaches it, and MWS receives the write once. What MWS received is read from the sandbox's request log.
 */
class SharedWorkflowsTest {

    static final double TIME_SCALE = 600;
    static final String REPORT_TYPE = "_GET_FLAT_FILE_OPEN_LISTINGS_DATA_";
    static final String REPORT = "mws:RequestReport?reportType=" + REPORT_TYPE + "&await=true&awaitPollInterval=50";
    static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    static final String FEED = "mws:SubmitFeed?feedType=" + PRICE_FEED + "&await=true&awaitPollInterval=50";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(TIME_SCALE);

    private final List<CamelContext> instances = new ArrayList<>();
    private DataSource database;

    @BeforeEach
    void freshDatabase() {
        database = TestPostgres.freshDatabase();
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(CamelContext::stop);
    }

    /** An instance sharing the test's database for its quotas and workflows, with a one-second lease. */
    private CamelContext instance() {
        MwsComponent mws = ScaledMws.component(SANDBOX);
        mws.setQuotaStore(StoreType.JDBC);
        mws.setDataSource(database);
        mws.setWorkflowLease(1000);
        CamelContext context = new DefaultCamelContext();
        context.addComponent("mws", mws);
        context.getShutdownStrategy().setTimeout(1);
        context.start();
        instances.add(context);
        return context;
    }

    @Test
    void aReportRequestedByAnInstanceThatStoppedIsFinishedByAnotherWithoutRequestingItAgain() throws Exception {
        CamelContext first = instance();
        first.createProducerTemplate().asyncSend(REPORT, e -> { });
        String requestId = awaitRecordedId();
        first.stop(); // as if its pod were deleted: the exchange never ends, the record stays

        CamelContext second = instance();
        MwsComponent secondMws = second.getComponent("mws", MwsComponent.class);
        Exchange finished = second.createProducerTemplate().asyncSend(REPORT, e -> { }).get(60, TimeUnit.SECONDS);

        assertThat(finished.getException()).isNull();
        assertThat(finished.getMessage().getHeader(MwsConstants.ADOPTED, Boolean.class)).isTrue();
        assertThat(finished.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID)).isEqualTo(requestId);
        assertThat(finished.getMessage().getHeader(MwsConstants.REPORT_ID, String.class)).isNotBlank();
        assertThat(finished.getMessage().getBody(String.class)).isNotEmpty();
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "RequestReport")).hasSize(1);
        assertThat(secondMws.sellers()).singleElement().satisfies(seller -> assertThat(seller.pendingWorkflows()).isEmpty());
        assertThat(rows("SELECT count(*) FROM mws_workflow")).containsExactly("0");
    }

    @Test
    void anotherInstancesHealthConsoleAndMetricsShowTheStoreAndTheWorkflowItLeft() throws Exception {
        CamelContext first = instance();
        first.createProducerTemplate().asyncSend(REPORT, e -> { });
        String requestId = awaitRecordedId();
        first.stop();

        io.micrometer.core.instrument.simple.SimpleMeterRegistry meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        MwsComponent mws = ScaledMws.component(SANDBOX);
        mws.setQuotaStore(StoreType.JDBC);
        mws.setDataSource(database);
        CamelContext second = new DefaultCamelContext();
        second.getRegistry().bind("metricsRegistry", meters);
        second.addComponent("mws", mws);
        second.start();
        instances.add(second);
        org.apache.camel.health.HealthCheckHelper.getHealthCheckRepository(second, "producers").setEnabled(true);
        second.getEndpoint("mws:GetReportCount").createProducer().start();

        org.apache.camel.health.HealthCheck.Result health = org.apache.camel.health.HealthCheckHelper.invoke(second).stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:mws-")).findFirst().orElseThrow();
        assertThat(health.getDetails()).containsEntry("quota.store", "jdbc (table mws_quota_bucket)")
                .containsEntry("workflow.store", "jdbc (table mws_workflow)").containsEntry("pending.workflows", 1);
        assertThat(String.valueOf(health.getDetails().get("pending.1"))).startsWith("REPORT " + requestId + " since ").doesNotContain("owner this");
        org.apache.camel.console.DevConsole console = org.apache.camel.support.PluginHelper.getDevConsoleResolver(second).resolveDevConsole("mws");
        String text = (String) console.call(org.apache.camel.console.DevConsole.MediaType.TEXT);
        assertThat(text).contains("quotas in jdbc (table mws_quota_bucket), workflows in jdbc (table mws_workflow)").contains("pending REPORT " + requestId);
        assertThat(meters.get("mws.workflows.pending").tags("kind", "REPORT").gauge().value()).isEqualTo(1);
    }

    @Test
    void theRecordNamesTheSellerByFingerprintAndHoldsNoCredential() throws Exception {
        CamelContext first = instance();
        first.createProducerTemplate().asyncSend(REPORT, e -> { });
        awaitRecordedId();

        String expectedSeller = SANDBOX.sandbox().baseUrl() + "|" + Fingerprint.of(SANDBOX.sandbox().accessKey()) + "|" + SANDBOX.sandbox().sellerId();
        assertThat(rows("SELECT seller_key FROM mws_workflow")).containsExactly(expectedSeller);
        String everything = String.join(" ", rows("SELECT concat_ws(' ', record_id, seller_key, kind, write_action, request_key, parameters, mws_id, owner)"
                                                  + " FROM mws_workflow"))
                            + String.join(" ", rows("SELECT id FROM mws_quota_bucket"));
        assertThat(everything).contains(REPORT_TYPE).doesNotContain(SANDBOX.sandbox().accessKey()).doesNotContain(SANDBOX.sandbox().secretKey())
                .doesNotContain(SANDBOX.sandbox().authToken());
        assertThat(rows("SELECT id FROM mws_quota_bucket")).allSatisfy(id -> assertThat(id).contains(Fingerprint.of(SANDBOX.sandbox().accessKey())));
    }

    @Test
    void aReportAnInstanceWasSendingWhenItStoppedIsFoundAtMwsAndNotRequestedAgain() throws Exception {
        // What the stopped instance's write did: MWS received it, the instance stopped before it learned the id.
        CamelContext first = instance();
        Instant startedAt = Instant.now();
        first.createProducerTemplate().requestBody("mws:RequestReport?reportType=" + REPORT_TYPE, null, String.class);
        first.stop();
        insertOrphan("REPORT", "RequestReport", parameters("ReportType", REPORT_TYPE), null, startedAt);
        ProducerTemplate template = instance().createProducerTemplate();

        Exchange finished = template.asyncSend(REPORT, e -> { }).get(60, TimeUnit.SECONDS);

        assertThat(finished.getException()).isNull();
        assertThat(finished.getMessage().getHeader(MwsConstants.ADOPTED, Boolean.class)).isTrue();
        assertThat(finished.getMessage().getHeader(MwsConstants.RECOVERED, Boolean.class)).isTrue();
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "RequestReport")).hasSize(1);
        assertThat(rows("SELECT count(*) FROM mws_workflow")).containsExactly("0");
    }

    @Test
    void aReportAnInstanceStoppedBeforeSendingIsSentOnceByTheNext() throws Exception {
        CamelContext second = instance();
        insertOrphan("REPORT", "RequestReport", parameters("ReportType", REPORT_TYPE), null, Instant.now());

        Exchange finished = second.createProducerTemplate().asyncSend(REPORT, e -> { }).get(60, TimeUnit.SECONDS);

        assertThat(finished.getException()).isNull();
        assertThat(finished.getMessage().getHeader(MwsConstants.ADOPTED, Boolean.class)).isFalse();
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "RequestReport")).hasSize(1);
    }

    @Test
    void aFeedSubmittedByAnInstanceThatStoppedIsNotSentAgainButADifferentFeedIs() throws Exception {
        String feed = "sku\tprice\tquantity\nSHARED-1\t1.00\t1\n";
        CamelContext first = instance();
        first.createProducerTemplate().asyncSendBody(FEED, feed);
        String submissionId = awaitRecordedId();
        first.stop();

        ProducerTemplate second = instance().createProducerTemplate();
        Exchange same = second.asyncSend(FEED, e -> e.getMessage().setBody(feed)).get(60, TimeUnit.SECONDS);
        Exchange other = second.asyncSend(FEED, e -> e.getMessage().setBody("sku\tprice\tquantity\nSHARED-2\t1.00\t1\n")).get(60, TimeUnit.SECONDS);

        assertThat(same.getException()).isNull();
        assertThat(same.getMessage().getHeader(MwsConstants.ADOPTED, Boolean.class)).isTrue();
        assertThat(same.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isEqualTo(submissionId);
        assertThat(other.getException()).isNull();
        assertThat(other.getMessage().getHeader(MwsConstants.ADOPTED, Boolean.class)).isFalse();
        assertThat(other.getMessage().getHeader(MwsConstants.FEED_SUBMISSION_ID)).isNotEqualTo(submissionId);
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "SubmitFeed")).hasSize(2);
    }

    @Test
    void withinOneInstanceTwoIdenticalRequestsAreTwoRequestsAsWithoutAStore() throws Exception {
        ProducerTemplate template = instance().createProducerTemplate();
        var one = template.asyncSend(REPORT, e -> { });
        var two = template.asyncSend(REPORT, e -> { });

        assertThat(one.get(60, TimeUnit.SECONDS).getException()).isNull();
        assertThat(two.get(60, TimeUnit.SECONDS).getException()).isNull();
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "RequestReport")).hasSize(2);
    }

    private String awaitRecordedId() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<String> ids = rows("SELECT mws_id FROM mws_workflow WHERE mws_id IS NOT NULL");
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no workflow with an MWS id was recorded within 30 s");
    }

    private static SortedMap<String, String> parameters(String name, String value) {
        SortedMap<String, String> parameters = new TreeMap<>();
        parameters.put(name, value);
        return parameters;
    }

    /** The record an instance leaves when it stops while sending a write: no id, a heartbeat long past. */
    private void insertOrphan(String kind, String writeAction, SortedMap<String, String> parameters, String documentMd5, Instant startedAt)
            throws SQLException {
        String seller = SANDBOX.sandbox().baseUrl() + "|" + Fingerprint.of(SANDBOX.sandbox().accessKey()) + "|" + SANDBOX.sandbox().sellerId();
        JdbcWorkflowStore.create(database).add(new WorkflowRecord(UUID.randomUUID().toString(), seller, kind, writeAction,
                WorkflowTracker.requestKey(writeAction, parameters, documentMd5), WorkflowTracker.format(parameters), null, startedAt, "stopped-instance",
                startedAt.minus(Duration.ofMinutes(1))));
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
