package io.camelmws.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * The Java twin of routes/service-status.yaml: asks every section for its GetServiceStatus and reports
 * each answer (or failure) to the status board.
 */
public class ServiceStatusRoute extends RouteBuilder {

    static final String STATUS_XPATH = "//*[local-name()='GetServiceStatusResult']/*[local-name()='Status']/text()";

    @Override
    public void configure() {
        from("timer:java-service-status?repeatCount=1").routeId("java-service-status")
                .setBody(method("statusBoard", "sections"))
                .split(body())
                    .setHeader("section", body())
                    .doTry()
                        .toD("mws:GetServiceStatus?section=${header.section}")
                        .setBody(xpath(STATUS_XPATH, String.class))
                        .log("java: ${header.section} is ${body} (request id ${header.CamelMwsRequestId})")
                        .bean("statusBoard", "recordStatus('java', ${header.section}, ${body})")
                    .doCatch(Exception.class)
                        .log("java: ${header.section} failed: ${exception.message}")
                        .bean("statusBoard", "recordFailure('java', *)")
                    .end()
                .end()
                .bean("statusBoard", "routeDone('java')");
    }
}
