package io.camelmws.examples.flows;

import java.util.Map;

import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

/**
 * Orders to a queue to a database, the Java twin of {@code routes/orders-to-database.yaml}: the orders consumer
 * publishes each order version to a JMS queue; a transacted consumer of that queue upserts the order (kept only when
 * it is newer than the stored version, so a redelivered message changes nothing) and its items into H2.
 */
public class OrdersToDatabaseRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("mws:ListOrders?marketplaceId=A1PA6795UKMFR9&resultFormat=JSON"
             + "&initialLastUpdatedAfter={{examples.orders-window}}"
             + "&stateFile={{examples.work-dir}}/state/orders-to-queue.state"
             + "&repeatCount={{examples.polls}}&pollStrategy=#showcase")
            .routeId("orders-to-queue")
            .to(ExchangePattern.InOnly, "jms:queue:mws.orders")
            .bean("showcase", "count('orders-to-queue', 'published')");

        from("jms:queue:mws.orders?transacted=true")
            .routeId("queue-to-database")
            .setHeader("orderJson", body())
            .unmarshal().json(Map.class)
            .setHeader("amazonOrderId", simple("${body[AmazonOrderId]}"))
            .to("sql:classpath:sql/upsert-order.sql?dataSource=#examplesDb")
            .bean("showcase", "add('queue-to-database', 'upserts', ${header.CamelSqlUpdateCount})")
            .setHeader("CamelMwsParam.AmazonOrderId", header("amazonOrderId"))
            .to("mws:ListOrderItems?resultFormat=JSON")
            .unmarshal().json(Map.class)
            .split(simple("${body[OrderItems]}"))
                .to("sql:classpath:sql/upsert-order-item.sql?dataSource=#examplesDb")
            .end()
            .bean("showcase", "count('queue-to-database', 'consumed')");
        // end::route[]
    }
}
