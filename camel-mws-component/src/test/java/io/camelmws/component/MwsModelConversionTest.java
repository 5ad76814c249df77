package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelmws.component.data.MwsDataFormat;
import io.camelmws.component.model.orders.ListOrdersResult;
import io.camelmws.component.model.orders.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MWS XML from anywhere becomes the typed models: Camel type converters (convertBodyTo, bean parameter binding) and
 * the {@code mws} data format, checked against what resultFormat=MODEL gives for the same answer.
 */
class MwsModelConversionTest extends MwsTestSupport {

    private static final String LIST_ORDERS = "mws:ListOrders?marketplaceId=ATVPDKIKX0DER";

    /** A bean a route hands orders to by parameter binding. */
    public static final class OrderCollector {
        final List<Order> orders = new CopyOnWriteArrayList<>();

        public void add(Order order) {
            orders.add(order);
        }
    }

    private final OrderCollector collector = new OrderCollector();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:xml-orders")
                        .split(xpath("//*[local-name()='Order']"))
                            .convertBodyTo(String.class)
                            .bean(collector, "add");
                from("direct:inbox").unmarshal().custom("mws");
                from("direct:json").marshal().custom("mws");
                from("direct:one-order").unmarshal(new MwsDataFormat(Order.class));
            }
        };
    }

    private Map<String, Object> window() {
        Instant now = sandbox().clock().instant();
        return Map.of("CreatedAfter", now.minus(Duration.ofDays(3)), "CreatedBefore", now.minus(Duration.ofMinutes(5)), "MaxResultsPerPage", 50);
    }

    @Test
    void convertBodyToGivesWhatResultFormatModelGives() {
        Map<String, Object> window = window();
        String xml = template.requestBodyAndHeader(LIST_ORDERS, null, MwsConstants.PARAMETERS, window, String.class);
        ListOrdersResult typed = template.requestBodyAndHeader(LIST_ORDERS + "&resultFormat=MODEL", null, MwsConstants.PARAMETERS, window,
                ListOrdersResult.class);

        ListOrdersResult converted = context.getTypeConverter().convertTo(ListOrdersResult.class, xml);
        assertThat(converted.orders()).hasSize(50);
        assertThat(converted.orders()).isEqualTo(typed.orders());
        assertThat(context.getTypeConverter().convertTo(ListOrdersResult.class, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orders())
                .isEqualTo(typed.orders());
    }

    @Test
    void oneOrderElementBindsToAnOrderParameter() {
        Map<String, Object> window = window();
        String xml = template.requestBodyAndHeader(LIST_ORDERS, null, MwsConstants.PARAMETERS, window, String.class);
        ListOrdersResult typed = template.requestBodyAndHeader(LIST_ORDERS + "&resultFormat=MODEL", null, MwsConstants.PARAMETERS, window,
                ListOrdersResult.class);

        template.sendBody("direct:xml-orders", xml);

        assertThat(collector.orders).isEqualTo(typed.orders());
    }

    @Test
    void theMwsDataFormatFindsTheModelFromTheRootElementAndWritesTypedJson() {
        Map<String, Object> window = window();
        String xml = template.requestBodyAndHeader(LIST_ORDERS, null, MwsConstants.PARAMETERS, window, String.class);
        String json = template.requestBodyAndHeader(LIST_ORDERS + "&resultFormat=JSON", null, MwsConstants.PARAMETERS, window, String.class);

        Object unmarshalled = template.requestBody("direct:inbox", xml);
        assertThat(unmarshalled).isInstanceOf(ListOrdersResult.class);
        assertThat(((ListOrdersResult) unmarshalled).orders()).hasSize(50);
        // Two calls, two NextTokens: each holds the millisecond its listing read the order book at.
        assertThat(withoutNextToken(template.requestBody("direct:json", unmarshalled, String.class)))
                .isEqualTo(withoutNextToken(json));

        String oneOrder = xml.replaceAll("(?s).*?(<Order>.*?</Order>).*", "$1");
        Order order = template.requestBody("direct:one-order", oneOrder, Order.class);
        assertThat(order).isEqualTo(((ListOrdersResult) unmarshalled).orders().get(0));
    }

    private static String withoutNextToken(String json) {
        return json.replaceAll(",\"NextToken\":\"[^\"]*\"", "");
    }

    @Test
    void aDocumentWithoutAModelFailsNamingItsRoot() {
        Exchange failed = template.send("direct:inbox", exchange -> exchange.getIn().setBody("<GetWidgetResponse><GetWidgetResult>"
                                                                                            + "<Status>GREEN</Status></GetWidgetResult></GetWidgetResponse>"));

        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no model for a document whose root is <GetWidgetResponse>").hasMessageContaining("unmarshalType");
    }
}
