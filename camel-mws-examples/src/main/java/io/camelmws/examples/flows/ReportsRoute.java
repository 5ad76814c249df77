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
        // The reports consumer schedules the report of orders to ship every 15 minutes when it starts, then delivers
        // each report MWS generates once: downloaded and verified against its Content-MD5 (a cut-short download never
        // reaches the file), and acknowledged only after this route has written it. Its watermark is kept in a state
        // file, so the next run goes on from where this one ended.
        from("mws:GetReportList?reportTypes=_GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_&reportSchedule=_15_MINUTES_"
             + "&delay={{examples.report-list-period}}&stateFile={{examples.work-dir}}/state/reports.state")
            .routeId("report-collect")
            .to("file:{{examples.work-dir}}/reports?fileName=${header.CamelMwsReportId}.tsv")
            .log("report ${header.CamelMwsReportId} written to reports/${header.CamelMwsReportId}.tsv")
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
