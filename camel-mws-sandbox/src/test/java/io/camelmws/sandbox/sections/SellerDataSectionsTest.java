package io.camelmws.sandbox.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.invoicing.ShipmentInvoicingOperations;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.support.WebServiceClient;
import io.camelmws.sandbox.support.WebServiceClient.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recommendations, EasyShip, ShipmentInvoicing, CartInformation and CustomerInformation over a socket: each
 * operation's answer shape and namespace, and that the answers are the seller's own orders and listings.
 */
class SellerDataSectionsTest {

    private static final String US = "ATVPDKIKX0DER";
    private static final String RECOMMENDATIONS = "https://mws.amazonservices.com/Recommendations/2013-04-01";
    private static final String EASY_SHIP = "https://mws.amazonservices.com/EasyShip/2018-09-01";
    private static final String INVOICING = "https://mws.amazonservices.com/ShipmentInvoicing/2018-09-01";
    private static final String CARTS = "http://mws.amazonservices.com/schema/CartInformation/2014-03-01";
    private static final String CUSTOMERS = "https://mws.amazonservices.com/schema/Customers/2014-03-01";

    private static MwsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = MwsSandbox.builder().accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY).sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID)
                .throttling(false).orders(3000).seed(11).feedProcessingTimes(Duration.ofSeconds(30),
                        Duration.ofSeconds(60)).build().start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static Response ok(WebServiceClient client, String action, String... parameters) {
        Response response = client.call(action, parameters).assertOk();
        assertThat(response.document().getDocumentElement().getLocalName()).isEqualTo(action + "Response");
        assertThat(response.document().getDocumentElement().getNamespaceURI()).isEqualTo(client.namespace());
        assertThat(response.text("RequestId")).isEqualTo(response.header("x-mws-request-id"));
        return response;
    }

    private static List<Order> orders(String channel, String... statuses) {
        Instant now = sandbox.clock().instant();
        return sandbox.orders().ordersAt(now).stream().filter(order -> order.marketplaceId().equals(US)
                && order.fulfillmentChannel().equals(channel) && List.of(statuses).contains(order.orderStatus()))
                .toList();
    }

    @Test
    void recommendationsArePagedByNextTokenAndNameTheSellersOwnListings() {
        WebServiceClient client = WebServiceClient.section(sandbox, "Recommendations", "2013-04-01", RECOMMENDATIONS);
        Response times = ok(client, "GetLastUpdatedTimeForRecommendations", "MarketplaceId", US);
        assertThat(times.text("InventoryRecommendationsLastUpdated")).matches("\\d{4}-\\d\\d-\\d\\dT0?2:00:00Z");
        assertThat(times.text("ListingQualityRecommendationsLastUpdated")).isNull();

        Set<String> skus = new HashSet<>();
        sandbox.listings().inMarketplace(US).forEach(listing -> skus.add(listing.sellerSku()));
        List<String> ids = new ArrayList<>();
        Response page = ok(client, "ListRecommendations", "MarketplaceId", US);
        int pages = 1;
        ids.addAll(page.texts("RecommendationId"));
        while (page.text("NextToken") != null) {
            page = ok(client, "ListRecommendationsByNextToken", "NextToken", page.text("NextToken"));
            ids.addAll(page.texts("RecommendationId"));
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
        assertThat(ids).anyMatch(id -> id.startsWith("Pricing-")).anyMatch(id -> id.startsWith("ListingQuality-"));

        Response pricing = ok(client, "ListRecommendations", "MarketplaceId", US, "RecommendationCategory", "Pricing");
        assertThat(pricing.records("member")).isNotEmpty().allSatisfy(member -> {
            assertThat(member).containsKeys("LastUpdated", "ItemIdentifier", "YourPricePlusShipping",
                    "LowestPricePlusShipping", "RecommendationReason");
        });
        assertThat(pricing.texts("Sku")).isNotEmpty().allMatch(skus::contains);

        Response defects = ok(client, "ListRecommendations", "MarketplaceId", US,
                "RecommendationCategory", "ListingQuality",
                "CategoryQueryList.CategoryQuery.1.RecommendationCategory", "ListingQuality",
                "CategoryQueryList.CategoryQuery.1.FilterOptions.FilterOption.1", "QualitySet=Defect");
        assertThat(defects.texts("QualitySet")).isNotEmpty().containsOnly("Defect");

        assertThat(client.call("ListRecommendations", "MarketplaceId", US, "RecommendationCategory", "Sales")
                .assertError(400, "InvalidParameterValue", RECOMMENDATIONS).text("Message")).contains("Inventory");
        assertThat(client.call("ListRecommendations", "MarketplaceId", US,
                        "CategoryQueryList.CategoryQuery.1.RecommendationCategory", "Pricing",
                        "CategoryQueryList.CategoryQuery.1.FilterOptions.FilterOption.1", "BrandName=X")
                .assertError(400, "InvalidParameterValue", RECOMMENDATIONS).text("Message")).contains("Pricing");
    }

    @Test
    void easyShipSchedulesAPackageForAnUnshippedMerchantOrderInOneOfItsSlots() {
        WebServiceClient client = WebServiceClient.section(sandbox, "EasyShip", "2018-09-01", EASY_SHIP);
        Order order = orders("MFN", "Unshipped").get(0);
        String[] dimensions = {"PackageDimensions.Length", "12.00", "PackageDimensions.Width", "10",
            "PackageDimensions.Height", "5", "PackageDimensions.Unit", "cm", "PackageWeight.Value", "450",
            "PackageWeight.Unit", "g"};
        List<String> list = new ArrayList<>(List.of("MarketplaceId", US, "AmazonOrderId", order.amazonOrderId()));
        list.addAll(List.of(dimensions));
        Response slots = ok(client, "ListPickupSlots", list.toArray(String[]::new));
        assertThat(slots.text("AmazonOrderId")).isEqualTo(order.amazonOrderId());
        List<String> slotIds = slots.texts("SlotId");
        assertThat(slotIds).hasSizeGreaterThanOrEqualTo(2);
        assertThat(slots.texts("PickupTimeStart")).allMatch(time -> time.matches(".*T1[04]:00:00-0[78]:00"));

        Response created = ok(client, "CreateScheduledPackage", "MarketplaceId", US,
                "AmazonOrderId", order.amazonOrderId(),
                "PackageRequestDetails.PackageDimensions.Length", "12.00",
                "PackageRequestDetails.PackageDimensions.Width", "10", "PackageRequestDetails.PackageDimensions.Height",
                "5", "PackageRequestDetails.PackageDimensions.Unit", "cm",
                "PackageRequestDetails.PackageWeight.Value", "450", "PackageRequestDetails.PackageWeight.Unit", "g",
                "PackageRequestDetails.PackagePickupSlot.SlotId", slotIds.get(0),
                "PackageRequestDetails.PackageItemList.Item.1.OrderItemId", order.items().get(0).orderItemId(),
                "PackageRequestDetails.PackageIdentifier", "Package1");
        String packageId = created.text("PackageId");
        assertThat(created.text("PackageStatus")).isEqualTo("Scheduled");
        assertThat(created.text("SlotId")).isEqualTo(slotIds.get(0));
        assertThat(created.text("OrderItemId")).isEqualTo(order.items().get(0).orderItemId());

        Response updated = ok(client, "UpdateScheduledPackages", "MarketplaceId", US,
                "ScheduledPackageUpdateDetailsList.PackageUpdateDetails.1.ScheduledPackageId.AmazonOrderId",
                order.amazonOrderId(),
                "ScheduledPackageUpdateDetailsList.PackageUpdateDetails.1.ScheduledPackageId.PackageId", packageId,
                "ScheduledPackageUpdateDetailsList.PackageUpdateDetails.1.PackagePickupSlot.SlotId", slotIds.get(1));
        assertThat(updated.texts("Package")).hasSize(1);
        Response got = ok(client, "GetScheduledPackage", "MarketplaceId", US,
                "ScheduledPackageId.AmazonOrderId", order.amazonOrderId(), "ScheduledPackageId.PackageId", packageId);
        assertThat(got.text("SlotId")).isEqualTo(slotIds.get(1));

        client.call("CreateScheduledPackage", "MarketplaceId", US, "AmazonOrderId", order.amazonOrderId(),
                        "PackageRequestDetails.PackageDimensions.Length", "1", "PackageRequestDetails.PackageDimensions.Width",
                        "1", "PackageRequestDetails.PackageDimensions.Height", "1",
                        "PackageRequestDetails.PackageDimensions.Unit", "cm",
                        "PackageRequestDetails.PackageWeight.Value", "1", "PackageRequestDetails.PackageWeight.Unit", "g",
                        "PackageRequestDetails.PackagePickupSlot.SlotId", slotIds.get(0))
                .assertError(400, "ScheduledPackageAlreadyExists", EASY_SHIP);
        client.call("GetScheduledPackage", "MarketplaceId", US, "ScheduledPackageId.AmazonOrderId",
                order.amazonOrderId(), "ScheduledPackageId.PackageId", "nope").assertError(404, "ResourceNotFound",
                EASY_SHIP);
        Order shipped = orders("AFN", "Shipped").get(0);
        List<String> afn = new ArrayList<>(List.of("MarketplaceId", US, "AmazonOrderId", shipped.amazonOrderId()));
        afn.addAll(List.of(dimensions));
        client.call("ListPickupSlots", afn.toArray(String[]::new)).assertError(400, "InvalidOrderState", EASY_SHIP);
        client.call("ListPickupSlots", "MarketplaceId", "A2Q3Y263D00KWC", "AmazonOrderId", order.amazonOrderId())
                .assertError(400, "RegionNotSupported", EASY_SHIP);
    }

    @Test
    void anInvoiceSubmittedForAnFbaShipmentIsProcessingThenAcceptedOnTheSimulatedClock() {
        WebServiceClient client = WebServiceClient.section(sandbox, "ShipmentInvoicing", "2018-09-01", INVOICING);
        Order order = orders("AFN", "Shipped").get(0);
        String shipmentId = ShipmentInvoicingOperations.shipmentIdOf(order.amazonOrderId());

        Response detail = ok(client, "GetFBAOutboundShipmentDetail", "MarketplaceId", US,
                "AmazonShipmentId", shipmentId);
        assertThat(detail.text("AmazonOrderId")).isEqualTo(order.amazonOrderId());
        assertThat(detail.text("AmazonShipmentId")).isEqualTo(shipmentId);
        assertThat(detail.texts("OrderItemId")).containsExactlyElementsOf(
                order.items().stream().map(item -> item.orderItemId()).toList());
        assertThat(ok(client, "GetFBAOutboundShipmentInvoiceStatus", "MarketplaceId", US, "AmazonShipmentId",
                shipmentId).text("InvoiceStatus")).isEqualTo("NotFound");

        byte[] invoice = "<nfeProc><NFe><infNFe Id=\"NFe1\"/></NFe></nfeProc>".getBytes(StandardCharsets.UTF_8);
        Response submitted = client.submitFeed(invoice).param("MarketplaceId", US)
                .param("AmazonShipmentId", shipmentId).sendAs("SubmitFBAOutboundShipmentInvoice").assertOk();
        assertThat(submitted.text()).doesNotContain("SubmitFBAOutboundShipmentInvoiceResult");
        assertThat(ok(client, "GetFBAOutboundShipmentInvoiceStatus", "MarketplaceId", US, "AmazonShipmentId",
                shipmentId).text("InvoiceStatus")).isEqualTo("Processing");
        sandbox.advanceClock(Duration.ofMinutes(2));
        assertThat(ok(client, "GetFBAOutboundShipmentInvoiceStatus", "MarketplaceId", US, "AmazonShipmentId",
                shipmentId).text("InvoiceStatus")).isEqualTo("Accepted");

        client.submitFeed("not xml".getBytes(StandardCharsets.UTF_8)).param("MarketplaceId", US)
                .param("AmazonShipmentId", shipmentId).sendAs("SubmitFBAOutboundShipmentInvoice").assertOk();
        sandbox.advanceClock(Duration.ofMinutes(2));
        assertThat(ok(client, "GetFBAOutboundShipmentInvoiceStatus", "MarketplaceId", US, "AmazonShipmentId",
                shipmentId).text("InvoiceStatus")).isEqualTo("Errored");
        client.submitFeed(invoice).withoutParameterMd5().param("MarketplaceId", US)
                .param("AmazonShipmentId", shipmentId).sendAs("SubmitFBAOutboundShipmentInvoice")
                .assertError(400, "ContentMD5Missing", INVOICING);
        client.call("GetFBAOutboundShipmentDetail", "MarketplaceId", US, "AmazonShipmentId", "DNOSUCHID")
                .assertError(400, "InvalidParameterValue", INVOICING);
    }

    @Test
    void customersAreTheBuyersOfTheSellersOrdersAndCartsAreTheirs() {
        WebServiceClient customers = WebServiceClient.section(sandbox, "CustomerInformation", "2014-03-01",
                CUSTOMERS).at("/CustomerInformation/2014-03-01");
        Response first = ok(customers, "ListCustomers", "MarketplaceId", US);
        assertThat(first.text("MoreResultsAvailable")).isEqualTo("true");
        List<String> customerIds = new ArrayList<>(first.texts("CustomerId"));
        Response next = ok(customers, "ListCustomersByNextToken", "NextToken", first.text("NextToken"));
        customerIds.addAll(next.texts("CustomerId"));
        assertThat(customerIds).doesNotHaveDuplicates().allMatch(id -> id.matches("A[A-Z0-9]{13}"));
        Set<String> buyerEmails = new HashSet<>();
        sandbox.orders().ordersAt(sandbox.clock().instant()).forEach(order -> buyerEmails.add(order.buyerEmail()));
        assertThat(first.texts("Email")).isNotEmpty().allMatch(buyerEmails::contains);

        Response got = ok(customers, "GetCustomersForCustomerId", "MarketplaceId", US,
                "CustomerIdList.CustomerId.1", customerIds.get(0));
        assertThat(got.texts("CustomerId")).containsExactly(customerIds.get(0));
        assertThat(got.text("DomainName")).isEqualTo("www.amazon.com");
        customers.call("GetCustomersForCustomerId", "MarketplaceId", US, "CustomerIdList.CustomerId.1", "A0")
                .assertError(400, "InvalidParameterValue", CUSTOMERS);
        customers.call("ListCustomers", "MarketplaceId", US, "DateRangeType", "Birthday")
                .assertError(400, "InvalidParameterValue", CUSTOMERS);

        WebServiceClient carts = WebServiceClient.section(sandbox, "CartInformation", "2014-03-01", CARTS);
        String start = sandbox.clock().instant().minus(Duration.ofDays(40)).toString();
        Response cartPage = ok(carts, "ListCarts", "MarketplaceId", US, "DateRangeStart", start);
        List<Map<String, String>> listed = cartPage.records("Cart");
        assertThat(listed).isNotEmpty();
        assertThat(cartPage.text("NextToken")).isNotNull();
        Response more = ok(carts, "ListCartsByNextToken", "NextToken", cartPage.text("NextToken"));
        assertThat(more.texts("CartId")).doesNotContainAnyElementsOf(cartPage.texts("CartId"));
        String cartId = cartPage.texts("CartId").get(0);
        Response cart = ok(carts, "GetCarts", "MarketplaceId", US, "CartIdList.CartId.1", cartId);
        assertThat(cart.texts("CartId")).containsExactly(cartId);
        assertThat(cart.texts("SellerSKU")).isNotEmpty();
        carts.call("ListCarts", "MarketplaceId", US).assertError(400, "MissingParameter", CARTS);
    }
}
