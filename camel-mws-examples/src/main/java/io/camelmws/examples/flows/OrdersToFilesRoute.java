package io.camelmws.examples.flows;

import org.apache.camel.builder.RouteBuilder;

/**
 * Orders to files, the Java twin of {@code routes/orders-to-files.yaml}: the orders consumer lists what changed since
 * its watermark (kept in a state file, so the next run continues from it) and writes each order version as typed
 * JSON, one file per version.
 */
public class OrdersToFilesRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("mws:ListOrders?marketplaceId=ATVPDKIKX0DER&resultFormat=JSON"
             + "&initialLastUpdatedAfter={{examples.orders-window}}"
             + "&stateFile={{examples.work-dir}}/state/orders-to-files.state"
             + "&repeatCount={{examples.polls}}&pollStrategy=#showcase")
            .routeId("orders-to-files")
            .to("file:{{examples.work-dir}}/orders"
                + "?fileName=${header.CamelMwsAmazonOrderId}/${header.CamelMwsLastUpdateDate.epochSecond}.json")
            .bean("showcase", "count('orders-to-files', 'files')");
        // end::route[]
    }
}
