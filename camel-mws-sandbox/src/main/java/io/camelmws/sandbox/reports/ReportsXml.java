package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.webservice.WebServiceDates;

/** The Reports result objects, with the element names and order of REFERENCE 11. */
final class ReportsXml {

    private ReportsXml() {
    }

    /** {@code ReportRequestInfo}; a request without StartDate/EndDate echoes its submission instant (REFERENCE 9.1). */
    static void requestInfo(XmlWriter xml, ReportRequest request, ReportProcessingStatus status) {
        requestInfo(xml, request, status, true);
    }

    /** {@code ReportRequestInfo} as CancelReportRequests answers it: never with GeneratedReportId, even when done. */
    static void cancelledRequestInfo(XmlWriter xml, ReportRequest request, ReportProcessingStatus status) {
        requestInfo(xml, request, status, false);
    }

    private static void requestInfo(XmlWriter xml, ReportRequest request, ReportProcessingStatus status,
                                    boolean withReportId) {
        String submitted = WebServiceDates.format(request.submittedAt());
        boolean started = status == ReportProcessingStatus.IN_PROGRESS || status == ReportProcessingStatus.DONE
                || status == ReportProcessingStatus.DONE_NO_DATA;
        boolean completed = status == ReportProcessingStatus.DONE || status == ReportProcessingStatus.DONE_NO_DATA;
        xml.start("ReportRequestInfo")
                .element("ReportRequestId", request.id())
                .element("ReportType", request.type().name())
                .element("StartDate", request.startDate() == null ? submitted
                        : WebServiceDates.format(request.startDate()))
                .element("EndDate", request.endDate() == null ? submitted : WebServiceDates.format(request.endDate()))
                .element("Scheduled", Boolean.toString(request.scheduled()))
                .element("SubmittedDate", submitted)
                .element("ReportProcessingStatus", status.wireName())
                .element("GeneratedReportId", withReportId && status == ReportProcessingStatus.DONE
                        ? request.reportId() : null)
                .element("StartedProcessingDate", started ? WebServiceDates.format(request.startedAt()) : null)
                .element("CompletedDate", completed ? WebServiceDates.format(request.completedAt()) : null)
                .end("ReportRequestInfo");
    }

    static void reportInfo(XmlWriter xml, ReportRequest request) {
        xml.start("ReportInfo")
                .element("ReportId", request.reportId())
                .element("ReportType", request.type().name())
                .element("ReportRequestId", request.id())
                .element("AvailableDate", WebServiceDates.format(request.completedAt()))
                .element("Acknowledged", Boolean.toString(request.acknowledged()))
                .element("AcknowledgedDate", WebServiceDates.format(request.acknowledgedAt()))
                .end("ReportInfo");
    }

    static void schedule(XmlWriter xml, String type, Schedule schedule, String scheduledDate) {
        xml.start("ReportSchedule")
                .element("ReportType", type)
                .element("Schedule", schedule.wireName())
                .element("ScheduledDate", scheduledDate)
                .end("ReportSchedule");
    }
}
