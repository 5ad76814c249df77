package io.camelmws.component.model.reports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** GetReportScheduleList or GetReportScheduleListByNextToken: the schedules (at most 100, so HasNext is false). */
public record GetReportScheduleListResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("HasNext") Boolean hasNext,
        @JsonProperty("ReportSchedule")
        @JacksonXmlElementWrapper(useWrapping = false)
        List<ReportSchedule> reportSchedules) {

    public GetReportScheduleListResult {
        reportSchedules = reportSchedules == null ? List.of() : List.copyOf(reportSchedules);
    }
}
