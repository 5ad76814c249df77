package io.camelmws.sandbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.WebServiceClient;
import io.camelmws.sandbox.support.WebServiceClient.Response;
import io.camelmws.sandbox.webservice.WebServiceDates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A report's life over HTTP, on the simulated clock: request it, watch it through the list operations, fetch it;
 * page and filter the lists; cancel; acknowledge. Default processing times: 30 s submitted, 60 s in progress.
 */
class ReportsLifecycleTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    private static final String SYNTHETIC = "_GET_SANDBOX_SYNTHETIC_DATA_";
    private static final String OPEN_LISTINGS = "_GET_FLAT_FILE_OPEN_LISTINGS_DATA_";

    private WebServiceClient reports;

    @BeforeEach
    void freshSandbox(MwsSandbox sandbox) {
        sandbox.reset();
        reports = WebServiceClient.reports(sandbox);
    }

    private String request(String type, String... parameters) {
        List<String> all = new ArrayList<>(List.of("ReportType", type));
        all.addAll(List.of(parameters));
        Response response = reports.call("RequestReport", all.toArray(String[]::new)).assertOk();
        return response.text("ReportRequestId");
    }

    private Map<String, String> info(String requestId) {
        List<Map<String, String>> infos = reports.call("GetReportRequestList", "ReportRequestIdList.Id.1", requestId)
                .assertOk().records("ReportRequestInfo");
        assertThat(infos).hasSize(1);
        return infos.get(0);
    }

    @Test
    void aRequestGoesFromSubmittedToInProgressToDoneAndItsReportCanBeFetched(MwsSandbox sandbox) {
        Instant submitted = sandbox.clock().instant();
        Response requested = reports.call("RequestReport", "ReportType", OPEN_LISTINGS).assertOk();
        assertThat(requested.document().getDocumentElement().getLocalName()).isEqualTo("RequestReportResponse");
        assertThat(requested.text("ReportProcessingStatus")).isEqualTo("_SUBMITTED_");
        assertThat(requested.text("Scheduled")).isEqualTo("false");
        assertThat(requested.text("SubmittedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        // Without StartDate/EndDate, MWS echoed the submission instant.
        assertThat(requested.text("StartDate")).isEqualTo(requested.text("SubmittedDate"));
        assertThat(requested.text("EndDate")).isEqualTo(requested.text("SubmittedDate"));
        assertThat(requested.text("RequestId")).isEqualTo(requested.header("x-mws-request-id"));
        String id = requested.text("ReportRequestId");

        assertThat(info(id)).containsEntry("ReportProcessingStatus", "_SUBMITTED_")
                .doesNotContainKeys("GeneratedReportId", "StartedProcessingDate", "CompletedDate");

        sandbox.advanceClock(Duration.ofSeconds(31));
        assertThat(info(id)).containsEntry("ReportProcessingStatus", "_IN_PROGRESS_")
                .containsEntry("StartedProcessingDate", WebServiceDates.format(submitted.plusSeconds(30)))
                .doesNotContainKeys("GeneratedReportId", "CompletedDate");

        sandbox.advanceClock(Duration.ofSeconds(60));
        Map<String, String> done = info(id);
        assertThat(done).containsEntry("ReportProcessingStatus", "_DONE_")
                .containsEntry("CompletedDate", WebServiceDates.format(submitted.plusSeconds(90)))
                .containsKey("GeneratedReportId");

        List<Map<String, String>> listed = reports.call("GetReportList", "ReportRequestIdList.Id.1", id).assertOk()
                .records("ReportInfo");
        assertThat(listed).singleElement().satisfies(report -> {
            assertThat(report).containsEntry("ReportId", done.get("GeneratedReportId"))
                    .containsEntry("ReportType", OPEN_LISTINGS).containsEntry("ReportRequestId", id)
                    .containsEntry("AvailableDate", done.get("CompletedDate"))
                    .containsEntry("Acknowledged", "false").doesNotContainKey("AcknowledgedDate");
        });

        Response report = reports.call("GetReport", "ReportId", done.get("GeneratedReportId")).assertDocument();
        assertThat(report.header("Content-Type")).isEqualTo("text/plain;charset=windows-1252");
        String text = report.text(report.charset());
        // The published 23 columns: the offer, then its (here empty) business, quantity and progressive prices.
        assertThat(text).startsWith("sku\tasin\tprice\tquantity\tBusiness Price\tQuantity Price Type\t");
        assertThat(text.lines().findFirst().orElseThrow()).endsWith("\tProgressive Price 3");
        assertThat(text.lines().skip(1)).isNotEmpty().allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(23));
        assertThat(reports.call("GetReportCount").assertOk().text("Count")).isEqualTo("1");
    }

    @Test
    void listsPageNewestFirstWithNextTokensAndFilterByTypeStatusAndDate(MwsSandbox sandbox) {
        List<String> synthetic = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            synthetic.add(request(SYNTHETIC, "ReportOptions", "size=1024;seed=" + i));
            sandbox.advanceClock(Duration.ofSeconds(20));
        }
        String listings = request(OPEN_LISTINGS);

        Response first = reports.call("GetReportRequestList", "ReportTypeList.Type.1", SYNTHETIC, "MaxCount", "2")
                .assertOk();
        assertThat(first.text("HasNext")).isEqualTo("true");
        assertThat(first.texts("ReportRequestId")).containsExactly(synthetic.get(4), synthetic.get(3));
        String token = first.text("NextToken");
        assertThat(token).isNotBlank();

        // A request arriving between pages must not shift them.
        request(SYNTHETIC);
        Response second = reports.call("GetReportRequestListByNextToken", "NextToken", token).assertOk();
        assertThat(second.document().getDocumentElement().getLocalName())
                .isEqualTo("GetReportRequestListByNextTokenResponse");
        assertThat(second.texts("ReportRequestId")).containsExactly(synthetic.get(2), synthetic.get(1));
        Response third = reports.call("GetReportRequestListByNextToken", "NextToken", second.text("NextToken"))
                .assertOk();
        assertThat(third.texts("ReportRequestId")).containsExactly(synthetic.get(0));
        assertThat(third.text("HasNext")).isEqualTo("false");
        assertThat(third.text("NextToken")).isNull();

        // 100 s after the first: the first is done, the second to fourth in progress, the fifth (20 s old) and the
        // one that arrived between pages submitted.
        assertThat(reports.call("GetReportRequestList", "ReportProcessingStatusList.Status.1", "_DONE_").assertOk()
                .texts("ReportRequestId")).containsExactly(synthetic.get(0));
        assertThat(reports.call("GetReportRequestCount", "ReportTypeList.Type.1", SYNTHETIC,
                "ReportProcessingStatusList.Status.1", "_SUBMITTED_").assertOk().text("Count")).isEqualTo("2");
        assertThat(reports.call("GetReportRequestCount", "ReportProcessingStatusList.Status.1", "_IN_PROGRESS_")
                .assertOk().text("Count")).isEqualTo("3");
        String since = WebServiceDates.format(sandbox.clock().instant().minusSeconds(1));
        assertThat(reports.call("GetReportRequestList", "RequestedFromDate", since).assertOk()
                .texts("ReportRequestId")).hasSize(2).contains(listings);
        // Ids override every other filter.
        assertThat(reports.call("GetReportRequestList", "ReportRequestIdList.Id.1", listings,
                "ReportTypeList.Type.1", SYNTHETIC, "ReportProcessingStatusList.Status.1", "_DONE_").assertOk()
                .texts("ReportRequestId")).containsExactly(listings);
        assertThat(reports.call("GetReportRequestList").assertOk().texts("ReportRequestId")).hasSize(7);
    }

    @Test
    void cancelsWhatHasNotStartedAndCountsEveryMatchingRequest(MwsSandbox sandbox) {
        String done = request(SYNTHETIC);
        sandbox.advanceClock(Duration.ofSeconds(100));
        String waiting = request(SYNTHETIC);

        Response cancelled = reports.call("CancelReportRequests", "ReportRequestIdList.Id.1", done,
                "ReportRequestIdList.Id.2", waiting).assertOk();
        // Count is every request matched, the done one it could not cancel included (as recorded).
        assertThat(cancelled.text("Count")).isEqualTo("2");
        assertThat(cancelled.records("ReportRequestInfo")).extracting(r -> r.get("ReportRequestId"),
                r -> r.get("ReportProcessingStatus"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(done, "_DONE_"),
                        org.assertj.core.groups.Tuple.tuple(waiting, "_CANCELLED_"));
        assertThat(cancelled.records("ReportRequestInfo")).allSatisfy(info -> assertThat(info)
                .doesNotContainKey("GeneratedReportId"));

        sandbox.advanceClock(Duration.ofMinutes(5));
        assertThat(info(waiting)).containsEntry("ReportProcessingStatus", "_CANCELLED_")
                .doesNotContainKeys("GeneratedReportId", "CompletedDate");
        assertThat(info(done)).containsKey("GeneratedReportId");
        assertThat(reports.call("GetReportList").assertOk().texts("ReportRequestId")).containsExactly(done);
    }

    @Test
    void cancellingTwoDoneRequestsCountsTwoAsTheRecordedAnswerDid(MwsSandbox sandbox) {
        String first = request(SYNTHETIC);
        String second = request(SYNTHETIC);
        sandbox.advanceClock(Duration.ofMinutes(3));

        Response cancelled = reports.call("CancelReportRequests", "ReportRequestIdList.Id.1", first,
                "ReportRequestIdList.Id.2", second).assertOk();

        assertThat(cancelled.text("Count")).isEqualTo("2");
        assertThat(cancelled.records("ReportRequestInfo")).hasSize(2).allSatisfy(info -> assertThat(info)
                .containsEntry("ReportProcessingStatus", "_DONE_").containsKey("CompletedDate")
                .doesNotContainKey("GeneratedReportId"));
    }

    @Test
    void aReportWithoutDataEndsDoneNoDataWithoutAReportId(MwsSandbox sandbox) {
        // Order reports default to [submission, submission]: nothing was bought in that instant.
        String orders = request("_GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_");
        String empty = request(SYNTHETIC, "ReportOptions", "size=0");
        sandbox.advanceClock(Duration.ofSeconds(91));
        for (String id : List.of(orders, empty)) {
            assertThat(info(id)).containsEntry("ReportProcessingStatus", "_DONE_NO_DATA_")
                    .containsKeys("StartedProcessingDate", "CompletedDate").doesNotContainKey("GeneratedReportId");
        }
        assertThat(reports.call("GetReportCount").assertOk().text("Count")).isEqualTo("0");
    }

    @Test
    void acknowledgementsAreSetClearedAndFiltered(MwsSandbox sandbox) {
        String first = request(SYNTHETIC);
        String second = request(SYNTHETIC);
        sandbox.advanceClock(Duration.ofSeconds(91));
        String firstReport = info(first).get("GeneratedReportId");
        String secondReport = info(second).get("GeneratedReportId");

        java.time.Instant before = sandbox.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Response acknowledged = reports.call("UpdateReportAcknowledgements", "ReportIdList.Id.1", firstReport,
                "Acknowledged", "true").assertOk();
        java.time.Instant after = sandbox.clock().instant();
        assertThat(acknowledged.text("Count")).isEqualTo("1");
        // Dated when the sandbox handled it: between the instants around the call (a second may tick over meanwhile).
        assertThat(acknowledged.records("ReportInfo")).singleElement().satisfies(info -> {
            assertThat(info).containsEntry("ReportId", firstReport).containsEntry("Acknowledged", "true");
            assertThat(java.time.OffsetDateTime.parse(info.get("AcknowledgedDate")).toInstant()).isBetween(before, after);
        });

        assertThat(reports.call("GetReportList", "Acknowledged", "false").assertOk().texts("ReportId"))
                .containsExactly(secondReport);
        assertThat(reports.call("GetReportList", "Acknowledged", "true").assertOk().texts("ReportId"))
                .containsExactly(firstReport);
        assertThat(reports.call("GetReportCount", "Acknowledged", "true").assertOk().text("Count")).isEqualTo("1");

        Response cleared = reports.call("UpdateReportAcknowledgements", "ReportIdList.Id.1", firstReport,
                "Acknowledged", "false").assertOk();
        assertThat(cleared.records("ReportInfo")).singleElement().satisfies(info -> assertThat(info)
                .containsEntry("Acknowledged", "false").doesNotContainKey("AcknowledgedDate"));
        assertThat(reports.call("GetReportCount", "Acknowledged", "false").assertOk().text("Count")).isEqualTo("2");

        reports.call("UpdateReportAcknowledgements", "ReportIdList.Id.1", "123").assertError(400, "InvalidReportId");
        String[] tooMany = new String[202];
        for (int i = 0; i < 101; i++) {
            tooMany[2 * i] = "ReportIdList.Id." + (i + 1);
            tooMany[2 * i + 1] = firstReport;
        }
        reports.call("UpdateReportAcknowledgements", tooMany).assertError(400, "InvalidParameterValue");
    }

    @Test
    void answersMwsErrorsForWrongTypesIdsAndTokens(MwsSandbox sandbox) {
        reports.call("RequestReport", "ReportType", "_GET_NO_SUCH_REPORT_").assertError(400, "InvalidReportType");
        reports.call("RequestReport", "ReportType", "_GET_V2_SETTLEMENT_REPORT_DATA_XML_")
                .assertError(400, "InvalidReportType");
        reports.call("RequestReport", "ReportType", "_GET_SELLER_FEEDBACK_DATA_").assertError(400, "InvalidRequest");
        reports.call("RequestReport").assertError(400, "MissingParameter");
        reports.call("RequestReport", "ReportType", SYNTHETIC, "ReportOptions", "size=12")
                .assertError(400, "InvalidParameterValue");
        reports.call("RequestReport", "ReportType", OPEN_LISTINGS, "MarketplaceIdList.Id.1", "NOPE")
                .assertError(400, "InvalidParameterValue");
        Response unknownIds = reports.call("GetReportRequestList", "ReportRequestIdList.Id.1", "1234567")
                .assertError(400, "InvalidReportRequestId");
        assertThat(unknownIds.text("Message")).isEqualTo("One or more of the provided ReportRequestIds could not be "
                + "found.");
        reports.call("GetReport", "ReportId", "99999").assertError(400, "InvalidReportId");
        reports.call("GetReportRequestList", "MaxCount", "101").assertError(400, "InvalidParameterValue");
        reports.call("GetReportRequestList", "ReportProcessingStatusList.Status.1", "_DONE")
                .assertError(400, "InvalidParameterValue");
        reports.call("GetReportRequestList", "RequestedFromDate", "yesterday")
                .assertError(400, "InvalidParameterValue");
        reports.call("GetReportRequestListByNextToken").assertError(400, "ValidationError");
        reports.call("GetReportListByNextToken", "NextToken", "bm90IGEgdG9rZW4=")
                .assertError(400, "InvalidParameterValue");

        // A token of one list is refused by another.
        for (int i = 0; i < 3; i++) {
            request(SYNTHETIC);
        }
        String token = reports.call("GetReportRequestList", "MaxCount", "1").assertOk().text("NextToken");
        reports.call("GetReportListByNextToken", "NextToken", token).assertError(400, "InvalidParameterValue");
        // The bare path answers the same operations, as the official clients use it.
        assertThat(reports.at("/").call("GetReportRequestCount").assertOk().text("Count")).isEqualTo("3");
        assertThat(new String(reports.call("GetReportRequestCount").body(), StandardCharsets.UTF_8))
                .contains("<GetReportRequestCountResult>");
    }
}
