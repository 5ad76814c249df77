package io.camelmws.component;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * from("mws:GetReportList?reportTypes=...&reportSchedule=...") against a sandbox running 600 times faster than real
 * time: the consumer schedules the report type, and each report the schedule produces is downloaded verified,
 * delivered once and acknowledged only after its exchange completed. What was acknowledged, and when, is read from
 * the sandbox's request log.
 */
class MwsReportsConsumerTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    private static final String TYPE = "_GET_SANDBOX_SYNTHETIC_DATA_";

    private final PollCounter polls = new PollCounter();
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    /** A delivery as the route saw it: which report, whether its body matched its verified MD5, acknowledgements already sent. */
    private record Delivery(String reportId, boolean md5Matches, long acknowledgementsNamingIt, boolean failed) {
    }

    private static long acknowledgementsNaming(String reportId) {
        return ScaledMws.naming(ScaledMws.of(SANDBOX.sandbox().requests(), "UpdateReportAcknowledgements"), reportId).size();
    }

    @Test
    void scheduledReportsAreEachDeliveredOnceVerifiedAndAcknowledgedAfterCompletionAndAFailedOneIsRetried() throws Exception {
        List<Delivery> deliveries = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<String> victim = new AtomicReference<>();
        context = new DefaultCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        context.getRegistry().bind("polls", polls);
        context.getRegistry().bind("watermarks", new MemoryStateRepository());
        context.getRegistry().bind("handled", MemoryIdempotentRepository.memoryIdempotentRepository(1000));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mws:GetReportList?reportTypes=" + TYPE + "&reportSchedule=_15_MINUTES_&initialLastUpdatedAfter=PT1M&delay=200"
                     + "&pollStrategy=#polls&stateRepository=#watermarks&idempotentRepository=#handled").routeId("reports")
                        .process(exchange -> {
                            String reportId = exchange.getMessage().getHeader(MwsConstants.REPORT_ID, String.class);
                            byte[] body = exchange.getMessage().getBody(byte[].class);
                            String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
                            boolean matches = md5.equals(exchange.getMessage().getHeader(MwsConstants.CONTENT_MD5)) && body.length > 0
                                              && TYPE.equals(exchange.getMessage().getHeader(MwsConstants.REPORT_TYPE));
                            // The second report's first delivery fails: the route's store is down.
                            boolean fail = deliveries.stream().map(Delivery::reportId).distinct().count() == 1
                                           && !reportId.equals(deliveries.get(0).reportId()) && victim.compareAndSet(null, reportId);
                            deliveries.add(new Delivery(reportId, matches, acknowledgementsNaming(reportId), fail));
                            if (fail) {
                                throw new IllegalStateException("the report store is down");
                            }
                        });
            }
        });
        context.start();

        while (deliveries.stream().filter(delivery -> !delivery.failed()).map(Delivery::reportId).distinct().count() < 3) {
            polls.await(1);
        }
        polls.await(2);
        context.stop();

        List<SandboxRequest> requests = SANDBOX.sandbox().requests();
        assertThat(ScaledMws.of(requests, "ManageReportSchedule")).singleElement().satisfies(schedule -> assertThat(schedule.parameters())
                .containsEntry("ReportType", TYPE).containsEntry("Schedule", "_15_MINUTES_"));
        assertThat(ScaledMws.of(requests, "GetReportList")).allSatisfy(list -> assertThat(list.parameters())
                .containsEntry("ReportTypeList.Type.1", TYPE).containsEntry("Acknowledged", "false").containsKey("AvailableFromDate"));
        List<String> succeeded = deliveries.stream().filter(delivery -> !delivery.failed()).map(Delivery::reportId).toList();
        assertThat(succeeded).as("each report delivered once").doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
        assertThat(deliveries).allSatisfy(delivery -> {
            assertThat(delivery.md5Matches()).as("the body is the verified report").isTrue();
            assertThat(delivery.acknowledgementsNamingIt()).as("not acknowledged before its exchange completed").isZero();
        });
        for (String reportId : succeeded) {
            List<SandboxRequest> acknowledgements = ScaledMws.naming(ScaledMws.of(requests, "UpdateReportAcknowledgements"), reportId);
            assertThat(acknowledgements).as("report %s acknowledged once", reportId).hasSize(1);
            assertThat(acknowledgements.get(0).parameters()).containsEntry("Acknowledged", "true");
        }

        // The failed report: not acknowledged then, listed and downloaded again by a later poll, then acknowledged.
        String failed = victim.get();
        assertThat(failed).isNotNull();
        assertThat(deliveries).filteredOn(delivery -> delivery.reportId().equals(failed)).extracting(Delivery::failed).containsExactly(true, false);
        List<SandboxRequest> downloads = ScaledMws.naming(ScaledMws.of(requests, "GetReport"), failed);
        assertThat(downloads).hasSize(2);
        int first = requests.indexOf(downloads.get(0));
        int second = requests.indexOf(downloads.get(1));
        assertThat(requests.subList(first, second)).as("a later poll retried it").anyMatch(request -> "GetReportList".equals(request.action()));
        assertThat(requests.subList(0, second)).noneMatch(request -> "UpdateReportAcknowledgements".equals(request.action())
                                                                     && request.parameters().containsValue(failed));
        assertThat(requests).filteredOn(request -> "RequestThrottled".equals(request.errorCode())).isEmpty();
        assertThat(Set.copyOf(succeeded)).contains(failed);
    }
}
