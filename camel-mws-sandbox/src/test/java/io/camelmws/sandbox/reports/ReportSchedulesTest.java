package io.camelmws.sandbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.WebServiceClient;
import io.camelmws.sandbox.support.WebServiceClient.Response;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Schedules submit report requests (Scheduled=true) at each tick the simulated clock passes; _NEVER_ stops them. */
class ReportSchedulesTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static final String SYNTHETIC = "_GET_SANDBOX_SYNTHETIC_DATA_";

    private WebServiceClient reports;

    @BeforeEach
    void freshSandbox(MwsSandbox sandbox) {
        sandbox.reset();
        reports = WebServiceClient.reports(sandbox);
    }

    private List<Map<String, String>> scheduledRequests() {
        return reports.call("GetReportRequestList", "ReportTypeList.Type.1", SYNTHETIC, "MaxCount", "100").assertOk()
                .records("ReportRequestInfo");
    }

    @Test
    void aScheduleProducesARequestAtEachTickAndStopsWhenSetToNever(MwsSandbox sandbox) {
        Instant start = sandbox.clock().instant();
        Response created = reports.call("ManageReportSchedule", "ReportType", SYNTHETIC, "Schedule", "_15_MINUTES_")
                .assertOk();
        assertThat(created.text("Count")).isEqualTo("1");
        assertThat(created.records("ReportSchedule")).singleElement().satisfies(schedule -> assertThat(schedule)
                .containsEntry("ReportType", SYNTHETIC).containsEntry("Schedule", "_15_MINUTES_")
                .containsEntry("ScheduledDate", WebServiceDates.format(start.plus(Duration.ofMinutes(15)))));
        // ScheduleDate defaults to now: the first request is submitted at once.
        assertThat(scheduledRequests()).singleElement().satisfies(request -> assertThat(request)
                .containsEntry("Scheduled", "true").containsEntry("ReportProcessingStatus", "_SUBMITTED_"));

        sandbox.advanceClock(Duration.ofMinutes(61));
        List<Map<String, String>> requests = scheduledRequests();
        assertThat(requests).hasSize(5).allSatisfy(request -> assertThat(request).containsEntry("Scheduled", "true"));
        assertThat(requests).extracting(r -> r.get("SubmittedDate")).containsExactly(
                WebServiceDates.format(start.plus(Duration.ofMinutes(60))),
                WebServiceDates.format(start.plus(Duration.ofMinutes(45))),
                WebServiceDates.format(start.plus(Duration.ofMinutes(30))),
                WebServiceDates.format(start.plus(Duration.ofMinutes(15))),
                WebServiceDates.format(start));
        assertThat(requests.get(0)).containsEntry("ReportProcessingStatus", "_IN_PROGRESS_");
        assertThat(requests.subList(1, 5)).allSatisfy(r -> assertThat(r).containsEntry("ReportProcessingStatus",
                "_DONE_").containsKey("GeneratedReportId"));
        // Each covers the period since the previous tick.
        assertThat(requests.get(1)).containsEntry("StartDate", WebServiceDates.format(start.plus(Duration.ofMinutes(30))))
                .containsEntry("EndDate", WebServiceDates.format(start.plus(Duration.ofMinutes(45))));
        reports.call("GetReport", "ReportId", requests.get(1).get("GeneratedReportId")).assertDocument();

        Response listed = reports.call("GetReportScheduleList").assertOk();
        assertThat(listed.text("HasNext")).isEqualTo("false");
        assertThat(listed.text("NextToken")).isNull();
        assertThat(listed.records("ReportSchedule")).singleElement().satisfies(schedule -> assertThat(schedule)
                .containsEntry("ScheduledDate", WebServiceDates.format(start.plus(Duration.ofMinutes(75)))));
        assertThat(reports.call("GetReportScheduleCount").assertOk().text("Count")).isEqualTo("1");

        Response changed = reports.call("ManageReportSchedule", "ReportType", SYNTHETIC, "Schedule", "_1_HOUR_")
                .assertOk();
        assertThat(changed.text("Schedule")).isEqualTo("_1_HOUR_");
        assertThat(reports.call("GetReportScheduleList", "ReportTypeList.Type.1", SYNTHETIC).assertOk()
                .texts("Schedule")).containsExactly("_1_HOUR_");

        Response deleted = reports.call("ManageReportSchedule", "ReportType", SYNTHETIC, "Schedule", "_NEVER_")
                .assertOk();
        assertThat(deleted.text("Count")).isEqualTo("1");
        assertThat(reports.call("GetReportScheduleCount").assertOk().text("Count")).isEqualTo("0");
        sandbox.advanceClock(Duration.ofHours(5));
        assertThat(scheduledRequests()).hasSize(5);
    }

    @Test
    void aLaterScheduleDateDelaysTheFirstRequest(MwsSandbox sandbox) {
        Instant first = sandbox.clock().instant().plus(Duration.ofHours(2));
        reports.call("ManageReportSchedule", "ReportType", SYNTHETIC, "Schedule", "_1_DAY_", "ScheduleDate",
                WebServiceDates.format(first)).assertOk();
        sandbox.advanceClock(Duration.ofMinutes(119));
        assertThat(scheduledRequests()).isEmpty();
        sandbox.advanceClock(Duration.ofMinutes(2));
        assertThat(scheduledRequests()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("SubmittedDate", WebServiceDates.format(first)));
    }

    @Test
    void refusesBadSchedulesAndTypesThatCannotBeScheduled(MwsSandbox sandbox) {
        reports.call("ManageReportSchedule", "ReportType", SYNTHETIC, "Schedule", "_5_MINUTES_")
                .assertError(400, "InvalidScheduleFrequency");
        reports.call("ManageReportSchedule", "ReportType", "_GET_MERCHANT_LISTINGS_DATA_", "Schedule", "_1_DAY_")
                .assertError(400, "InvalidReportType");
        reports.call("ManageReportSchedule", "ReportType", SYNTHETIC, "Schedule", "_1_DAY_", "ScheduleDate",
                WebServiceDates.format(sandbox.clock().instant().plus(Duration.ofDays(400))))
                .assertError(400, "InvalidParameterValue");
        reports.call("ManageReportSchedule", "ReportType", SYNTHETIC).assertError(400, "MissingParameter");
        reports.call("GetReportScheduleListByNextToken", "NextToken", "abc").assertError(400, "InvalidParameterValue");
        assertThat(reports.call("GetReportScheduleCount").assertOk().text("Count")).isEqualTo("0");
        // An order report can be scheduled (Reports_ManageReportSchedule: only order reports can).
        reports.call("ManageReportSchedule", "ReportType", "_GET_FLAT_FILE_ORDERS_DATA_", "Schedule", "_8_HOURS_")
                .assertOk();
    }
}
