package io.camelmws.component.model.reports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** ManageReportSchedule: how many schedules it created, changed or removed, and those schedules. */
public record ManageReportScheduleResult(
        @JsonProperty("Count") Integer count,
        @JsonProperty("ReportSchedule")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<ReportSchedule> reportSchedules) {

    public ManageReportScheduleResult {
        reportSchedules = reportSchedules == null ? List.of() : List.copyOf(reportSchedules);
    }
}
