package io.camelmws.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Orders to files, as the showcase's flow of that name: each order version changed since the watermark (kept in a
 * state file, so a restart continues from it) written as typed JSON, one file per version.
 */
@Component
public class OrdersToFilesRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("mws:ListOrders?marketplaceId={{orders.marketplace-id}}&resultFormat=JSON"
             + "&initialLastUpdatedAfter={{orders.initial-window}}&stateFile={{orders.directory}}/.state/orders.state"
             + "&delay={{orders.poll-delay}}")
            .routeId("orders-to-files")
            .to("file:{{orders.directory}}?fileName=${header.CamelMwsAmazonOrderId}/${header.CamelMwsLastUpdateDate.epochSecond}.json")
            .log("order ${header.CamelMwsAmazonOrderId} version ${header.CamelMwsLastUpdateDate} written");
    }
}
