package io.camelmws.sandbox.reports;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsError;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceDates;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * ManageReportSchedule, GetReportScheduleList(ByNextToken) and GetReportScheduleCount (REFERENCE 9.1). A schedule
 * submits a request, Scheduled=true, at each tick the simulated clock passes; {@link ReportStore#catchUp} does
 * that before every Reports operation.
 */
final class ReportScheduleOperations {

    /** ScheduleDate "can be no more than 366 days in the future" (Reports_ManageReportSchedule). */
    private static final Duration MAX_AHEAD = Duration.ofDays(366);

    private final ReportStore store;
    private final ReportTypes types;

    ReportScheduleOperations(ReportStore store, ReportTypes types) {
        this.store = store;
        this.types = types;
    }

    /** Creates, changes or (with {@code _NEVER_}) deletes the schedule of one report type. */
    SandboxResponse manage(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String typeName = parameters.required("ReportType");
        ReportType type = types.find(typeName);
        if (type == null) {
            throw ReportErrors.unknownReportType(typeName, types.schedulableSimulatedNames());
        }
        if (!type.schedulable()) {
            throw ReportErrors.notSchedulable(typeName, types.schedulableSimulatedNames());
        }
        if (!type.simulated()) {
            throw ReportErrors.notSimulated(typeName, types.schedulableSimulatedNames());
        }
        String scheduleName = parameters.required("Schedule");
        Schedule schedule = Schedule.byWireName(scheduleName);
        if (schedule == null) {
            throw ReportErrors.invalidSchedule(scheduleName);
        }
        Instant now = call.now();
        Instant scheduleDate = parameters.date("ScheduleDate", null);
        if (scheduleDate != null && scheduleDate.isAfter(now.plus(MAX_AHEAD))) {
            throw new OperationFailure(MwsError.of(400, "InvalidParameterValue", "ScheduleDate "
                    + parameters.optional("ScheduleDate") + " is more than 366 days in the future."));
        }
        if (schedule == Schedule.NEVER) {
            ReportSchedule removed = store.removeSchedule(typeName);
            return WebServiceResponses.result(call, xml -> {
                xml.element("Count", removed == null ? "0" : "1");
                if (removed != null) {
                    ReportsXml.schedule(xml, typeName, Schedule.NEVER, null);
                }
            });
        }
        // A date in the past means "now": MWS does not submit backdated scheduled requests.
        Instant firstTick = scheduleDate == null || scheduleDate.isBefore(now) ? null : scheduleDate;
        ReportSchedule existing = store.schedule(typeName);
        if (existing == null) {
            store.putSchedule(new ReportSchedule(type, schedule, firstTick == null ? now : firstTick));
        } else {
            existing.change(schedule, firstTick == null ? existing.nextTick() : firstTick);
        }
        store.catchUp(now);
        ReportSchedule current = store.schedule(typeName);
        return WebServiceResponses.result(call, xml -> {
            xml.element("Count", "1");
            ReportsXml.schedule(xml, typeName, current.schedule(), WebServiceDates.format(current.nextTick()));
        });
    }

    /** At most 100 schedules exist, so HasNext is always false (REFERENCE 9.1); it comes last on the wire. */
    SandboxResponse list(OperationCall call) {
        List<ReportSchedule> schedules = matching(new WebServiceParameters(call.parameters()));
        return WebServiceResponses.result(call, xml -> {
            schedules.forEach(s -> ReportsXml.schedule(xml, s.type().name(), s.schedule(),
                    WebServiceDates.format(s.nextTick())));
            xml.element("HasNext", "false");
        });
    }

    /** GetReportScheduleList never issues a NextToken, so every token is one this operation never gave. */
    SandboxResponse listByNextToken(OperationCall call) {
        String token = new WebServiceParameters(call.parameters()).nextToken();
        throw new OperationFailure(MwsError.of(400, "InvalidParameterValue", "Invalid NextToken " + token
                + ": GetReportScheduleList never returns one (there are at most 100 schedules)."));
    }

    SandboxResponse count(OperationCall call) {
        int count = matching(new WebServiceParameters(call.parameters())).size();
        return WebServiceResponses.result(call, xml -> xml.element("Count", Integer.toString(count)));
    }

    private List<ReportSchedule> matching(WebServiceParameters parameters) {
        List<String> typeFilter = parameters.list("ReportTypeList.Type", 100);
        for (String type : typeFilter) {
            if (!types.known(type)) {
                throw ReportErrors.unknownReportType(type, types.schedulableSimulatedNames());
            }
        }
        return store.schedules().stream()
                .filter(s -> typeFilter.isEmpty() || typeFilter.contains(s.type().name())).toList();
    }
}
