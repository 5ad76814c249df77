package io.camelmws.examples.flows;

import org.apache.camel.builder.RouteBuilder;

/**
 * Reports, the Java twin of {@code routes/reports.yaml}: a scheduled orders report collected as a verified file and
 * acknowledged once written, and a large report loaded row by row into H2 in a streaming split.
 */
public class ReportsRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        // MWS generates the report of orders to ship every 15 minutes from now on.
        from("timer:report-schedule?repeatCount=1")
            .routeId("report-schedule")
            .to("mws:ManageReportSchedule?reportType=_GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_&param.Schedule=_15_MINUTES_");

        // The reports not acknowledged yet, each collected once.
        from("timer:report-list?delay={{examples.report-list-period}}&period={{examples.report-list-period}}")
            .routeId("report-list")
            .to("mws:GetReportList?resultFormat=MODEL&param.Acknowledged=false"
                + "&param.ReportTypeList=_GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_")
            .split(simple("${body.reportInfo}"))
                .setHeader("reportId", simple("${body.reportId}"))
                .to("direct:collect-report");

        // A download whose MD5 is not MWS's Content-MD5 never reaches the file: it is downloaded again.
        // The report is acknowledged only once its file is written.
        from("direct:collect-report")
            .routeId("report-collect")
            .setHeader("CamelMwsParam.ReportId", header("reportId"))
            .to("mws:GetReport")
            .removeHeaders("CamelMwsParam.*")
            .to("file:{{examples.work-dir}}/reports?fileName=${header.reportId}.tsv")
            .setHeader("CamelMwsParam.ReportIdList", header("reportId"))
            .to("mws:UpdateReportAcknowledgements")
            .removeHeaders("CamelMwsParam.*")
            .log("report ${header.reportId} written to reports/${header.reportId}.tsv and acknowledged")
            .bean("showcase", "count('report-collect', 'reports')");

        // A large report, one row in memory at a time, upserted into the database.
        from("timer:large-report?repeatCount=1")
            .routeId("large-report")
            .setHeader("CamelMwsParam.ReportOptions", simple("size={{examples.large-report-size}};seed=16"))
            .to("mws:RequestReport?reportType=_GET_SANDBOX_SYNTHETIC_DATA_&await=true&acknowledge=true&resultFormat=ROWS")
            .split(body()).streaming()
                .to("sql:classpath:sql/upsert-report-row.sql?dataSource=#examplesDb")
                .bean("showcase", "count('large-report', 'rows')")
            .end()
            .bean("showcase", "count('large-report', 'reports')");
        // end::route[]
    }
}
