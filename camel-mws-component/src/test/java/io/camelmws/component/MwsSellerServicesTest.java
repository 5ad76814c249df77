package io.camelmws.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.model.cartinformation.GetCartsResult;
import io.camelmws.component.model.cartinformation.ListCartsResult;
import io.camelmws.component.model.customerinformation.GetCustomersForCustomerIdResult;
import io.camelmws.component.model.customerinformation.ListCustomersResult;
import io.camelmws.component.model.easyship.CreateScheduledPackageResult;
import io.camelmws.component.model.easyship.GetScheduledPackageResult;
import io.camelmws.component.model.easyship.ListPickupSlotsResult;
import io.camelmws.component.model.recommendations.GetLastUpdatedTimeForRecommendationsResult;
import io.camelmws.component.model.recommendations.ListRecommendationsResult;
import io.camelmws.component.model.shipmentinvoicing.GetFBAOutboundShipmentDetailResult;
import io.camelmws.component.model.shipmentinvoicing.GetFBAOutboundShipmentInvoiceStatusResult;
import io.camelmws.component.model.subscriptions.ListRegisteredDestinationsResult;
import io.camelmws.component.model.subscriptions.ListSubscriptionsResult;
import io.camelmws.sandbox.invoicing.ShipmentInvoicingOperations;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.webservice.ProcessingTimes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions, Recommendations, EasyShip, ShipmentInvoicing, CartInformation and CustomerInformation through
 * routes against the sandbox: each section's main flow, nested parameters through the CamelMwsParameters header,
 * the invoice as the message body, and the answers as typed models.
 */
class MwsSellerServicesTest extends CamelTestSupport {

    static final String US = "ATVPDKIKX0DER";
    static final String QUEUE = "https://sqs.us-east-1.amazonaws.com/123456789012/mws-notifications";

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(SANDBOX));
        return context;
    }

    private Exchange call(String uri, Map<String, Object> parameters, Object body) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setHeader(MwsConstants.PARAMETERS, parameters);
            e.getMessage().setBody(body);
        });
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    private <T> T model(String action, Map<String, Object> parameters, Class<T> type) {
        return call("mws:" + action + "?marketplaceId=" + US + "&resultFormat=MODEL", parameters, null).getMessage()
                .getBody(type);
    }

    private static Map<String, Object> destination(String prefix) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(prefix + ".DeliveryChannel", "SQS");
        parameters.put(prefix + ".AttributeList.member.1.Key", "sqsQueueUrl");
        parameters.put(prefix + ".AttributeList.member.1.Value", QUEUE);
        return parameters;
    }

    private List<Order> orders(String channel, String status) {
        Instant now = SANDBOX.sandbox().clock().instant();
        return SANDBOX.sandbox().orders().ordersAt(now).stream().filter(order -> order.marketplaceId().equals(US)
                && order.fulfillmentChannel().equals(channel) && order.orderStatus().equals(status)).toList();
    }

    @Test
    void aRegisteredDestinationIsSubscribedListedAndDeletedThroughRoutes() {
        call("mws:RegisterDestination?marketplaceId=" + US, destination("Destination"), null);
        ListRegisteredDestinationsResult destinations = model("ListRegisteredDestinations", Map.of(),
                ListRegisteredDestinationsResult.class);
        assertThat(destinations.destinations()).singleElement().satisfies(destination -> {
            assertThat(destination.deliveryChannel()).isEqualTo("SQS");
            assertThat(destination.attributes()).singleElement().satisfies(attribute -> {
                assertThat(attribute.key()).isEqualTo("sqsQueueUrl");
                assertThat(attribute.value()).isEqualTo(QUEUE);
            });
        });

        Map<String, Object> subscription = new LinkedHashMap<>(destination("Subscription.Destination"));
        subscription.put("Subscription.NotificationType", "AnyOfferChanged");
        subscription.put("Subscription.IsEnabled", true);
        call("mws:CreateSubscription?marketplaceId=" + US, subscription, null);
        ListSubscriptionsResult listed = model("ListSubscriptions", Map.of(), ListSubscriptionsResult.class);
        assertThat(listed.subscriptions()).singleElement().satisfies(one -> {
            assertThat(one.notificationType()).isEqualTo("AnyOfferChanged");
            assertThat(one.enabled()).isTrue();
            assertThat(one.destination().attributes().get(0).value()).isEqualTo(QUEUE);
        });

        Map<String, Object> key = new LinkedHashMap<>(destination("Destination"));
        key.put("NotificationType", "AnyOfferChanged");
        call("mws:DeleteSubscription?marketplaceId=" + US, key, null);
        assertThat(model("ListSubscriptions", Map.of(), ListSubscriptionsResult.class).subscriptions()).isEmpty();

        Exchange twice = template.request("mws:RegisterDestination?marketplaceId=" + US,
                e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, destination("Destination")));
        assertThat(twice.getException()).hasMessageContaining("InvalidInputFatalException")
                .hasMessageContaining("already been registered");
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "CreateSubscription")).hasSize(1);
    }

    @Test
    void recommendationsArePagedByTheComponentAndReadAsModels() {
        GetLastUpdatedTimeForRecommendationsResult times = model("GetLastUpdatedTimeForRecommendations", Map.of(),
                GetLastUpdatedTimeForRecommendationsResult.class);
        assertThat(times.pricing()).isBeforeOrEqualTo(SANDBOX.sandbox().clock().instant());

        Iterator<Message> pages = template.requestBody("mws:ListRecommendations?marketplaceId=" + US
                + "&autoPaginate=true&resultFormat=MODEL", null, Iterator.class);
        List<String> ids = new ArrayList<>();
        int count = 0;
        while (pages.hasNext()) {
            ListRecommendationsResult page = pages.next().getBody(ListRecommendationsResult.class);
            page.pricingRecommendations().forEach(r -> ids.add(r.recommendationId()));
            page.inventoryRecommendations().forEach(r -> ids.add(r.recommendationId()));
            page.listingQualityRecommendations().forEach(r -> ids.add(r.recommendationId()));
            page.selectionRecommendations().forEach(r -> ids.add(r.recommendationId()));
            page.fulfillmentRecommendations().forEach(r -> ids.add(r.recommendationId()));
            page.globalSellingRecommendations().forEach(r -> ids.add(r.recommendationId()));
            page.advertisingRecommendations().forEach(r -> ids.add(r.recommendationId()));
            count++;
        }
        assertThat(count).isGreaterThan(1);
        assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "ListRecommendationsByNextToken")).hasSize(count - 1);
    }

    @Test
    void anInvoiceSentAsTheBodyIsProcessingThenAcceptedOnTheSimulatedClock() {
        Order order = orders("AFN", "Shipped").get(0);
        String shipmentId = ShipmentInvoicingOperations.shipmentIdOf(order.amazonOrderId());
        Map<String, Object> shipment = Map.of("AmazonShipmentId", shipmentId);
        GetFBAOutboundShipmentDetailResult detail = model("GetFBAOutboundShipmentDetail", shipment,
                GetFBAOutboundShipmentDetailResult.class);
        assertThat(detail.shipmentDetail().amazonOrderId()).isEqualTo(order.amazonOrderId());
        assertThat(detail.shipmentDetail().shipmentItems()).extracting(item -> item.orderItemId())
                .containsExactlyElementsOf(order.items().stream().map(item -> item.orderItemId()).toList());
        assertThat(detail.shipmentDetail().shipmentItems().get(0).itemPrice().amount())
                .isEqualTo(order.items().get(0).itemPrice());

        call("mws:SubmitFBAOutboundShipmentInvoice?marketplaceId=" + US, shipment,
                "<nfeProc><NFe><infNFe Id=\"NFe35\"/></NFe></nfeProc>");
        // At x600 the 90 simulated seconds of processing are 150 ms here: which status is right is decided by the
        // sandbox's recorded instants, not by how fast this machine asked.
        String first = status(shipment);
        Instant submitted = last("SubmitFBAOutboundShipmentInvoice").receivedAt();
        Instant asked = last("GetFBAOutboundShipmentInvoiceStatus").receivedAt();
        assertThat(first).isEqualTo(asked.isBefore(ProcessingTimes.DEFAULT.completedAt(submitted)) ? "Processing" : "Accepted");
        SANDBOX.sandbox().advanceClock(Duration.ofMinutes(2));
        assertThat(status(shipment)).isEqualTo("Accepted");
        assertThat(ScaledMws.of(SANDBOX.sandbox().requests(), "SubmitFBAOutboundShipmentInvoice")).singleElement()
                .satisfies(request -> assertThat(request.parameters()).containsKey("ContentMD5Value"));
    }

    private static io.camelmws.sandbox.log.SandboxRequest last(String action) {
        List<io.camelmws.sandbox.log.SandboxRequest> requests = ScaledMws.of(SANDBOX.sandbox().requests(), action);
        return requests.get(requests.size() - 1);
    }

    private String status(Map<String, Object> shipment) {
        return model("GetFBAOutboundShipmentInvoiceStatus", shipment, GetFBAOutboundShipmentInvoiceStatusResult.class)
                .shipments().get(0).invoiceStatus();
    }

    @Test
    void anEasyShipPackageIsScheduledInASlotTheOrderWasOffered() {
        Order order = orders("MFN", "Unshipped").get(0);
        Map<String, Object> slotsQuery = new LinkedHashMap<>();
        slotsQuery.put("AmazonOrderId", order.amazonOrderId());
        slotsQuery.put("PackageDimensions.Length", 20);
        slotsQuery.put("PackageDimensions.Width", 10);
        slotsQuery.put("PackageDimensions.Height", 5);
        slotsQuery.put("PackageDimensions.Unit", "cm");
        slotsQuery.put("PackageWeight.Value", 700);
        slotsQuery.put("PackageWeight.Unit", "g");
        ListPickupSlotsResult slots = model("ListPickupSlots", slotsQuery, ListPickupSlotsResult.class);
        assertThat(slots.pickupSlots()).isNotEmpty();
        String slotId = slots.pickupSlots().get(0).slotId();

        Map<String, Object> create = new LinkedHashMap<>();
        create.put("AmazonOrderId", order.amazonOrderId());
        slotsQuery.forEach((name, value) -> {
            if (name.startsWith("Package")) {
                create.put("PackageRequestDetails." + name, value);
            }
        });
        create.put("PackageRequestDetails.PackagePickupSlot.SlotId", slotId);
        CreateScheduledPackageResult created = model("CreateScheduledPackage", create,
                CreateScheduledPackageResult.class);
        assertThat(created.scheduledPackage().packageStatus()).isEqualTo("Scheduled");
        assertThat(created.scheduledPackage().pickupSlot().pickupTimeStart())
                .isEqualTo(slots.pickupSlots().get(0).pickupTimeStart());

        GetScheduledPackageResult got = model("GetScheduledPackage", Map.of(
                "ScheduledPackageId.AmazonOrderId", order.amazonOrderId(),
                "ScheduledPackageId.PackageId", created.scheduledPackage().scheduledPackageId().packageId()),
                GetScheduledPackageResult.class);
        assertThat(got.scheduledPackage().packageDimensions().length()).isEqualByComparingTo("20");
    }

    @Test
    void customersAndTheirCartsAreTheBuyersOfTheSellersOrders() {
        ListCustomersResult customers = model("ListCustomers", Map.of(), ListCustomersResult.class);
        assertThat(customers.customers()).isNotEmpty();
        assertThat(customers.moreResultsAvailable()).isTrue();
        String customerId = customers.customers().get(0).customerId();
        GetCustomersForCustomerIdResult one = model("GetCustomersForCustomerId",
                Map.of("CustomerIdList", List.of(customerId)), GetCustomersForCustomerIdResult.class);
        assertThat(one.customers()).singleElement().satisfies(customer -> {
            assertThat(customer.primaryContactInfo().email()).endsWith("marketplace.amazon.com");
            assertThat(customer.shippingAddresses()).isNotEmpty();
            assertThat(customer.associatedMarketplaces().get(0).associatedOn()).isNotNull();
        });

        Instant start = SANDBOX.sandbox().clock().instant().minus(Duration.ofDays(40));
        ListCartsResult carts = model("ListCarts", Map.of("DateRangeStart", start), ListCartsResult.class);
        assertThat(carts.carts()).isNotEmpty();
        assertThat(carts.nextToken()).isNotNull();
        String cartId = carts.carts().get(0).cartId();
        GetCartsResult cart = model("GetCarts", Map.of("CartIdList", List.of(cartId)), GetCartsResult.class);
        assertThat(cart.carts()).singleElement().satisfies(found -> {
            assertThat(found.activeItems()).isNotEmpty();
            assertThat(found.numberOfActiveItems()).isEqualTo(found.activeItems().size());
            assertThat(found.lastUpdatedDate()).isAfterOrEqualTo(start);
        });
    }
}
