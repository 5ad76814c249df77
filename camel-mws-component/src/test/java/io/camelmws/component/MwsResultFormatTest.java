package io.camelmws.component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsModelBindingException;
import io.camelmws.component.model.orders.FulfillmentChannel;
import io.camelmws.component.model.orders.GetOrderResult;
import io.camelmws.component.model.orders.ListOrderItemsResult;
import io.camelmws.component.model.orders.ListOrdersResult;
import io.camelmws.component.model.orders.Order;
import io.camelmws.component.model.orders.OrderItem;
import io.camelmws.component.model.orders.OrderStatus;
import io.camelmws.component.model.orders.PaymentMethod;
import io.camelmws.sandbox.fault.FaultRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * resultFormat: the Orders section's answers as typed models and typed JSON, through routes against the sandbox,
 * checked against the sandbox's own order book; and answers MWS sent that the models do not fully know.
 */
class MwsResultFormatTest extends MwsTestSupport {

    private static final String US = "ATVPDKIKX0DER";
    private static final String NS = "https://mws.amazonservices.com/Orders/2013-09-01";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:orders")
                        .to("mws:ListOrders?marketplaceId=" + US + "&resultFormat=MODEL")
                        .split(simple("${body.orders}"))
                        .to("mock:order");
            }
        };
    }

    private Map<String, Object> createdSinceAMonth() {
        return Map.of("CreatedAfter", sandbox().clock().instant().minus(Duration.ofDays(30)), "MaxResultsPerPage", 100);
    }

    @Test
    void listOrdersAsAModelCarriesEveryOrderOfThePageTyped() {
        ListOrdersResult page = template.requestBodyAndHeader("mws:ListOrders?marketplaceId=" + US + "&resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, createdSinceAMonth(), ListOrdersResult.class);
        Instant now = sandbox().clock().instant();

        assertThat(page.orders()).hasSize(100);
        assertThat(page.createdBefore()).isNotNull().isBefore(now);
        assertThat(page.nextToken()).isNotBlank();
        for (Order order : page.orders()) {
            io.camelmws.sandbox.orders.Order booked = sandbox().orders().find(order.amazonOrderId(), now).orElseThrow();
            assertThat(order.purchaseDate()).isEqualTo(booked.purchaseDate());
            assertThat(order.lastUpdateDate()).isEqualTo(booked.lastUpdateDate());
            assertThat(order.orderStatusAsString()).isEqualTo(booked.orderStatus());
            assertThat(order.orderStatus()).isNotEqualTo(OrderStatus.UNKNOWN);
            assertThat(order.fulfillmentChannel()).isEqualTo(FulfillmentChannel.fromValue(booked.fulfillmentChannel()));
            assertThat(order.marketplaceId()).isEqualTo(US);
            assertThat(order.salesChannel()).isEqualTo(booked.salesChannel());
            assertThat(order.orderTypeAsString()).isEqualTo(booked.orderType());
            assertThat(order.isPrime()).isEqualTo(booked.isPrime());
            assertThat(order.isBusinessOrder()).isEqualTo(booked.isBusinessOrder());
            assertThat(order.earliestShipDate()).isEqualTo(booked.earliestShipDate());
            assertThat(order.latestShipDate()).isEqualTo(booked.latestShipDate());
            if (booked.orderStatus().equals("Pending")) {
                // MWS withholds the buyer, the address and the total of Pending orders.
                assertThat(order.buyerName()).isNull();
                assertThat(order.orderTotal()).isNull();
            } else {
                assertThat(order.buyerName()).isEqualTo(booked.buyerName());
                assertThat(order.orderTotal().currencyCode()).isEqualTo(booked.currencyCode());
                assertThat(order.orderTotal().amount()).isEqualByComparingTo(booked.orderTotal());
                assertThat(order.shippingAddress().city()).isEqualTo(booked.shippingAddress().city());
                assertThat(order.shippingAddress().postalCode()).isEqualTo(booked.shippingAddress().postalCode());
                assertThat(order.paymentMethod()).isEqualTo(PaymentMethod.fromValue(booked.paymentMethod()));
            }
        }
    }

    @Test
    void splittingTheModelGivesOneTypedOrderPerExchange() throws Exception {
        MockEndpoint orders = getMockEndpoint("mock:order");
        orders.expectedMinimumMessageCount(1);

        template.sendBodyAndHeader("direct:orders", null, MwsConstants.PARAMETERS, createdSinceAMonth());

        orders.assertIsSatisfied();
        assertThat(orders.getReceivedExchanges()).hasSize(100)
                .allSatisfy(exchange -> assertThat(exchange.getMessage().getBody()).isInstanceOf(Order.class));
        assertThat(orders.getReceivedExchanges().stream().map(e -> e.getMessage().getBody(Order.class).amazonOrderId()).distinct()).hasSize(100);
    }

    @Test
    void everyPageCarriesTheChosenFormat() {
        Instant now = sandbox().clock().instant();
        Map<String, Object> window = Map.of("CreatedAfter", now.minus(Duration.ofDays(2)), "CreatedBefore", now.minus(Duration.ofMinutes(5)),
                "MaxResultsPerPage", 40);
        List<String> json = pages("JSON", window);
        List<String> xml = pages("XML", window);

        assertThat(json).hasSizeGreaterThan(1).hasSameSizeAs(xml);
        assertThat(json).allSatisfy(page -> assertThat(page).startsWith("{\"Orders\":["));
        assertThat(xml).allSatisfy(page -> assertThat(page).startsWith("<?xml"));
        int ordersInXml = xml.stream().mapToInt(page -> page.split("<Order>", -1).length - 1).sum();
        assertThat(json.stream().mapToInt(page -> page.split("\"AmazonOrderId\":", -1).length - 1).sum()).isEqualTo(ordersInXml);
    }

    private List<String> pages(String format, Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        Iterator<Message> pages = template.requestBodyAndHeader("mws:ListOrders?marketplaceId=" + US + "&autoPaginate=true&resultFormat=" + format,
                null, MwsConstants.PARAMETERS, parameters, Iterator.class);
        List<String> bodies = new ArrayList<>();
        pages.forEachRemaining(page -> bodies.add(page.getBody(String.class)));
        return bodies;
    }

    @Test
    void getOrderAndItsItemsAsModels() {
        io.camelmws.sandbox.orders.Order booked = sandbox().orders().ordersAt(sandbox().clock().instant()).stream()
                .filter(o -> !o.orderStatus().equals("Pending") && o.items().size() > 1).findFirst().orElseThrow();

        GetOrderResult got = template.requestBodyAndHeader("mws:GetOrder?resultFormat=MODEL", null, MwsConstants.PARAMETERS,
                Map.of("AmazonOrderId", List.of(booked.amazonOrderId())), GetOrderResult.class);
        assertThat(got.orders()).singleElement().satisfies(order -> {
            assertThat(order.amazonOrderId()).isEqualTo(booked.amazonOrderId());
            assertThat(order.buyerName()).isEqualTo(booked.buyerName());
        });

        ListOrderItemsResult items = template.requestBody("mws:ListOrderItems?resultFormat=MODEL&param.AmazonOrderId=" + booked.amazonOrderId(),
                (Object) null, ListOrderItemsResult.class);
        assertThat(items.amazonOrderId()).isEqualTo(booked.amazonOrderId());
        assertThat(items.orderItems()).hasSameSizeAs(booked.items());
        for (int i = 0; i < booked.items().size(); i++) {
            OrderItem item = items.orderItems().get(i);
            io.camelmws.sandbox.orders.OrderItem bookedItem = booked.items().get(i);
            assertThat(item.orderItemId()).isEqualTo(bookedItem.orderItemId());
            assertThat(item.sellerSku()).isEqualTo(bookedItem.sellerSku());
            assertThat(item.asin()).isEqualTo(bookedItem.asin());
            assertThat(item.quantityOrdered()).isEqualTo(bookedItem.quantityOrdered());
            assertThat(item.itemPrice().amount()).isEqualByComparingTo(bookedItem.itemPrice());
            assertThat(item.itemPrice().currencyCode()).isEqualTo(bookedItem.currencyCode());
        }
    }

    /** A page as MWS sent it in the years the models do not know of: a new status, new elements, dates in every form. */
    static String pageFromTheFuture(String amount) {
        return "<?xml version=\"1.0\"?>\n<ListOrdersResponse xmlns=\"" + NS + "\"><ListOrdersResult><Orders><Order>"
               + "<AmazonOrderId>503-1234567-7654321</AmazonOrderId><PurchaseDate>2016-03-10T10:36:18.150Z</PurchaseDate>"
               + "<LastUpdateDate>2016-03-11T10:36:18+00:00</LastUpdateDate><OrderStatus>AwaitingCourier</OrderStatus>"
               + "<FulfillmentChannel>AFN</FulfillmentChannel><IsAccessPointOrder>true</IsAccessPointOrder>"
               + "<OrderTotal><CurrencyCode>EUR</CurrencyCode><Amount>" + amount + "</Amount></OrderTotal>"
               + "<NumberOfItemsShipped>0</NumberOfItemsShipped><NumberOfItemsUnshipped>2</NumberOfItemsUnshipped>"
               + "<PaymentExecutionDetail><PaymentExecutionDetailItem><Payment><CurrencyCode>EUR</CurrencyCode><Amount>50.00</Amount></Payment>"
               + "<PaymentMethod>COD</PaymentMethod></PaymentExecutionDetailItem><PaymentExecutionDetailItem><Payment><CurrencyCode>EUR</CurrencyCode>"
               + "<Amount>9.98</Amount></Payment><PaymentMethod>GC</PaymentMethod></PaymentExecutionDetailItem></PaymentExecutionDetail>"
               + "<PaymentMethod>COD</PaymentMethod><MarketplaceId>A1PA6795UKMFR9</MarketplaceId><IsPrime>false</IsPrime>"
               + "<IsBusinessOrder>true</IsBusinessOrder><BuyerTaxInfo><CompanyLegalName>Beispiel GmbH</CompanyLegalName></BuyerTaxInfo>"
               + "</Order></Orders><LastUpdatedBefore>2016-03-12T00:00:00Z</LastUpdatedBefore></ListOrdersResult>"
               + "<ResponseMetadata><RequestId>future-1</RequestId></ResponseMetadata></ListOrdersResponse>";
    }

    @Test
    void anUnknownStatusIsKeptAndUnknownElementsAreIgnored() {
        sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml", pageFromTheFuture("59.98")).times(1));

        ListOrdersResult page = template.requestBodyAndHeader("mws:ListOrders?marketplaceId=A1PA6795UKMFR9&resultFormat=MODEL", null,
                MwsConstants.PARAMETERS, Map.of("LastUpdatedAfter", Instant.parse("2016-03-01T00:00:00Z")), ListOrdersResult.class);

        Order order = page.orders().get(0);
        assertThat(order.orderStatus()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.orderStatusAsString()).isEqualTo("AwaitingCourier");
        assertThat(order.purchaseDate()).isEqualTo(Instant.parse("2016-03-10T10:36:18.150Z"));
        assertThat(order.lastUpdateDate()).isEqualTo(Instant.parse("2016-03-11T10:36:18Z"));
        assertThat(order.orderTotal().amount()).isEqualTo(new BigDecimal("59.98"));
        assertThat(order.numberOfItemsShipped()).isZero();
        assertThat(order.isBusinessOrder()).isTrue();
        assertThat(order.paymentExecutionDetail()).extracting(item -> item.paymentMethod()).containsExactly("COD", "GC");
        assertThat(order.paymentExecutionDetail().get(1).payment().amount()).isEqualTo(new BigDecimal("9.98"));
        assertThat(page.lastUpdatedBefore()).isEqualTo(Instant.parse("2016-03-12T00:00:00Z"));
        assertThat(page.createdBefore()).isNull();
    }

    @Test
    void everyListOrdersAnswerSaysWhereItsWindowEndedAsAHeader() {
        Instant since = sandbox().clock().instant().minus(Duration.ofHours(3));
        Exchange updated = template.request("mws:ListOrders?marketplaceId=" + US,
                e -> e.getIn().setHeader(MwsConstants.PARAM_PREFIX + "LastUpdatedAfter", since));
        Exchange created = template.request("mws:ListOrders?marketplaceId=" + US + "&resultFormat=MODEL",
                e -> e.getIn().setHeader(MwsConstants.PARAM_PREFIX + "CreatedAfter", since));

        Instant lastUpdatedBefore = updated.getMessage().getHeader(MwsConstants.LAST_UPDATED_BEFORE, Instant.class);
        assertThat(lastUpdatedBefore).isAfter(since).isBefore(sandbox().clock().instant());
        assertThat(updated.getMessage().getBody(String.class)).contains("<LastUpdatedBefore>" + lastUpdatedBefore + "</LastUpdatedBefore>");
        assertThat(updated.getMessage().getHeaders()).doesNotContainKey(MwsConstants.CREATED_BEFORE);
        assertThat(created.getMessage().getHeader(MwsConstants.CREATED_BEFORE))
                .isEqualTo(created.getMessage().getBody(ListOrdersResult.class).createdBefore());
        assertThat(created.getMessage().getHeaders()).doesNotContainKey(MwsConstants.LAST_UPDATED_BEFORE);
    }

    @Test
    void typedJsonHasNumbersBooleansArraysAndIsoDates() {
        sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml", pageFromTheFuture("1000.10")).times(1));

        String json = template.requestBodyAndHeader("mws:ListOrders?marketplaceId=A1PA6795UKMFR9&resultFormat=JSON", null,
                MwsConstants.PARAMETERS, Map.of("LastUpdatedAfter", Instant.parse("2016-03-01T00:00:00Z")), String.class);

        assertThat(json).isEqualTo("{\"Orders\":[{\"AmazonOrderId\":\"503-1234567-7654321\",\"PurchaseDate\":\"2016-03-10T10:36:18.150Z\","
                                   + "\"LastUpdateDate\":\"2016-03-11T10:36:18Z\",\"OrderStatus\":\"AwaitingCourier\",\"FulfillmentChannel\":\"AFN\","
                                   + "\"OrderTotal\":{\"CurrencyCode\":\"EUR\",\"Amount\":1000.10},\"NumberOfItemsShipped\":0,"
                                   + "\"NumberOfItemsUnshipped\":2,\"PaymentExecutionDetail\":[{\"Payment\":{\"CurrencyCode\":\"EUR\",\"Amount\":50.00},"
                                   + "\"PaymentMethod\":\"COD\"},{\"Payment\":{\"CurrencyCode\":\"EUR\",\"Amount\":9.98},\"PaymentMethod\":\"GC\"}],"
                                   + "\"PaymentMethod\":\"COD\",\"PaymentMethodDetails\":[],\"MarketplaceId\":\"A1PA6795UKMFR9\","
                                   + "\"IsBusinessOrder\":true,\"IsPrime\":false}],"
                                   + "\"LastUpdatedBefore\":\"2016-03-12T00:00:00Z\"}");
    }

    @Test
    void aValueThatDoesNotFitTheModelFailsOnceNamingIt() {
        sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml", pageFromTheFuture("59,98")).always());

        Exchange exchange = template.request("mws:ListOrders?marketplaceId=A1PA6795UKMFR9&resultFormat=MODEL&retryDelay=10",
                e -> e.getIn().setHeader(MwsConstants.PARAMETERS, Map.of("LastUpdatedAfter", Instant.parse("2016-03-01T00:00:00Z"))));

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsModelBindingException.class, e -> {
            assertThat(e.getMessage()).contains("ListOrders").contains("typed model").contains("59,98").contains("Money[\"Amount\"]")
                    .contains("[request id ");
            assertThat(e.isRetryable()).isFalse();
        });
        assertThat(received()).hasSize(1);
    }

    @Test
    void aFormatTheOperationCannotGiveIsRefusedWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("mws:GetServiceStatus?section=Orders&resultFormat=MODEL"))
                .rootCause().hasMessageContaining("resultFormat=MODEL: GetServiceStatus has no typed model yet")
                .hasMessageContaining("ListOrders").hasMessageContaining("ListMarketplaceParticipations")
                .hasMessageContaining("GetReportRequestList").hasMessageContaining("GetFeedSubmissionList");
        // Sections with models still have operations without one: a report is a document, not an envelope.
        assertThatThrownBy(() -> context.getEndpoint("mws:GetReport?resultFormat=MODEL"))
                .rootCause().hasMessageContaining("resultFormat=MODEL does not apply to GetReport: the document it hands on (GetReport's) has no typed model");
        assertThatThrownBy(() -> context.getEndpoint("mws:RequestReport?reportType=_GET_FLAT_FILE_OPEN_LISTINGS_DATA_&await=true&resultFormat=JSON"))
                .rootCause().hasMessageContaining("resultFormat=JSON does not apply to RequestReport: the document it hands on (GetReport's) has no typed model");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?resultFormat=yaml"))
                .rootCause().hasMessageContaining("resultFormat 'yaml' is not supported; allowed: XML, MODEL, JSON, ROWS");
        assertThatThrownBy(() -> context.getEndpoint("mws:ListOrders?resultFormat=ROWS"))
                .rootCause().hasMessageContaining("resultFormat=ROWS applies to flat-file documents").hasMessageContaining("not to ListOrders");
        assertThat(received()).isEmpty();
    }
}
