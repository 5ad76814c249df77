package io.camelmws.sandbox.outbound;

import static io.camelmws.sandbox.outbound.OutboundCalls.US;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.WebServiceClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FulfillmentOutboundShipment over HTTP: every operation's answer and an order's life on the simulated clock. */
class OutboundLifecycleTest {

    private MwsSandbox sandbox;
    private WebServiceClient mws;

    @BeforeEach
    void start() {
        sandbox = OutboundCalls.start(2);
        mws = OutboundCalls.client(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anOrderIsReceivedPlannedProcessedShippedTrackedDeliveredAndReturned() {
        List<Listing> listings = OutboundCalls.fba(sandbox, 3).subList(0, 2);
        WebServiceClient.Response created = mws.call("CreateFulfillmentOrder",
                OutboundCalls.create("MCF-1", listings, 2)).assertOk();
        assertThat(created.document().getDocumentElement().getLocalName()).isEqualTo("CreateFulfillmentOrderResponse");
        assertThat(created.texts("RequestId")).containsExactly(created.header("x-mws-request-id"));
        Instant createdAt = sandbox.clock().instant();

        WebServiceClient.Response received = get("MCF-1");
        assertThat(received.text("FulfillmentOrderStatus")).isEqualTo("RECEIVED");
        assertThat(received.texts("SellerSKU")).containsExactly(listings.get(0).sellerSku(),
                listings.get(1).sellerSku());
        assertThat(received.text("City")).isEqualTo("Seattle");
        assertThat(received.texts("AmazonShipmentId")).isEmpty();

        sandbox.advanceClock(Duration.ofMinutes(10));
        assertThat(get("MCF-1").text("FulfillmentOrderStatus")).isEqualTo("PLANNING");
        sandbox.advanceClock(Duration.ofHours(1));
        WebServiceClient.Response processing = get("MCF-1");
        assertThat(processing.text("FulfillmentOrderStatus")).isEqualTo("PROCESSING");
        assertThat(processing.texts("FulfillmentShipmentStatus")).isNotEmpty().containsOnly("PENDING");
        assertThat(processing.texts("TrackingNumber")).isEmpty();

        sandbox.advanceClock(Duration.ofHours(20));
        WebServiceClient.Response complete = get("MCF-1");
        assertThat(complete.text("FulfillmentOrderStatus")).isEqualTo("COMPLETE");
        assertThat(Instant.parse(complete.text("StatusUpdatedDateTime")))
                .isAfter(createdAt.plus(Duration.ofHours(20)));
        assertThat(complete.texts("FulfillmentShipmentStatus")).containsOnly("SHIPPED");
        // The shipment's items name their package once shipped: member {SellerSKU, ..., PackageNumber}.
        Map<String, String> shippedItem = complete.records("member").stream()
                .filter(m -> m.containsKey("PackageNumber") && m.containsKey("SellerFulfillmentOrderItemId"))
                .findFirst().orElseThrow();
        List<String> packages = List.of(shippedItem.get("PackageNumber"));
        assertThat(packages.get(0)).isNotEqualTo("0");
        assertThat(complete.texts("TrackingNumber")).isNotEmpty();
        String shipmentId = complete.records("member").stream()
                .filter(m -> m.containsKey("AmazonShipmentId") && m.get("FulfillmentShipmentItem") != null
                        && m.get("FulfillmentShipmentItem").contains(shippedItem.get("SellerFulfillmentOrderItemId")))
                .findFirst().orElseThrow().get("AmazonShipmentId");

        WebServiceClient.Response tracking = mws.call("GetPackageTrackingDetails", "PackageNumber", packages.get(0))
                .assertOk();
        assertThat(tracking.text("CurrentStatus")).isEqualTo("IN_TRANSIT");
        assertThat(tracking.texts("EventCode")).containsExactly("EVENT_101", "EVENT_102");
        sandbox.advanceClock(Duration.ofDays(4));
        WebServiceClient.Response delivered = mws.call("GetPackageTrackingDetails", "PackageNumber",
                packages.get(0)).assertOk();
        assertThat(delivered.text("CurrentStatus")).isEqualTo("DELIVERED");
        assertThat(delivered.texts("EventCode")).containsExactly("EVENT_101", "EVENT_102", "EVENT_201", "EVENT_301");
        assertThat(delivered.text("SignedForBy")).isEqualTo("Jane");

        String returnedItem = shippedItem.get("SellerFulfillmentOrderItemId");
        WebServiceClient.Response returned = mws.call("CreateFulfillmentReturn", "SellerFulfillmentOrderId", "MCF-1",
                "Items.member.1.SellerReturnItemId", "R1", "Items.member.1.SellerFulfillmentOrderItemId", returnedItem,
                "Items.member.1.AmazonShipmentId", shipmentId, "Items.member.1.ReturnReasonCode", "DEFECTIVE",
                "Items.member.2.SellerReturnItemId", "R1", "Items.member.2.SellerFulfillmentOrderItemId", returnedItem,
                "Items.member.2.AmazonShipmentId", shipmentId, "Items.member.2.ReturnReasonCode", "DEFECTIVE",
                "Items.member.3.SellerReturnItemId", "R3", "Items.member.3.SellerFulfillmentOrderItemId", "nope",
                "Items.member.3.AmazonShipmentId", shipmentId, "Items.member.3.ReturnReasonCode", "DEFECTIVE")
                .assertOk();
        assertThat(returned.texts("Status")).containsExactly("New");
        assertThat(returned.texts("InvalidItemReasonCode")).containsExactly("DuplicateRequest", "InvalidValues");
        assertThat(returned.texts("ReturnAuthorizationId")).hasSize(2);
        sandbox.advanceClock(Duration.ofDays(6));
        WebServiceClient.Response afterReturn = get("MCF-1");
        assertThat(afterReturn.texts("Status")).containsExactly("Processed");
        assertThat(afterReturn.texts("ReturnReceivedCondition")).containsExactly("Sellable");
    }

    @Test
    void aSecondCreateWithTheSameIdIsRefusedAndChangesNothing() {
        List<Listing> listings = OutboundCalls.fba(sandbox, 2).subList(0, 1);
        mws.call("CreateFulfillmentOrder", OutboundCalls.create("MCF-2", listings, 1)).assertOk();
        WebServiceClient.Response again = mws.call("CreateFulfillmentOrder",
                OutboundCalls.create("MCF-2", listings, 2)).assertError(400, "InvalidRequestException");
        assertThat(again.text("Message")).contains("MCF-2").contains("SellerFulfillmentOrderId");
        assertThat(get("MCF-2").text("Quantity")).isEqualTo("1");
    }

    @Test
    void aReceivedOrderCanBeCancelledAShippedOneCannot() {
        List<Listing> listings = OutboundCalls.fba(sandbox, 2).subList(0, 1);
        mws.call("CreateFulfillmentOrder", OutboundCalls.create("MCF-3", listings, 1)).assertOk();
        mws.call("CancelFulfillmentOrder", "SellerFulfillmentOrderId", "MCF-3").assertOk();
        mws.call("CancelFulfillmentOrder", "SellerFulfillmentOrderId", "MCF-3").assertOk();
        WebServiceClient.Response cancelled = get("MCF-3");
        assertThat(cancelled.text("FulfillmentOrderStatus")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("CancelledQuantity")).isEqualTo("1");

        mws.call("CreateFulfillmentOrder", OutboundCalls.create("MCF-4", listings, 1)).assertOk();
        sandbox.advanceClock(Duration.ofDays(2));
        mws.call("CancelFulfillmentOrder", "SellerFulfillmentOrderId", "MCF-4")
                .assertError(400, "InvalidRequestException");
        mws.call("GetFulfillmentOrder", "SellerFulfillmentOrderId", "unknown")
                .assertError(400, "InvalidRequestException");
    }

    @Test
    void anOrderOnHoldWaitsUntilAnUpdateReleasesIt() {
        List<Listing> listings = OutboundCalls.fba(sandbox, 2).subList(0, 1);
        mws.call("CreateFulfillmentOrder", OutboundCalls.create("MCF-5", listings, 1, "FulfillmentAction", "Hold"))
                .assertOk();
        sandbox.advanceClock(Duration.ofDays(1));
        assertThat(get("MCF-5").text("FulfillmentOrderStatus")).isEqualTo("RECEIVED");
        mws.call("UpdateFulfillmentOrder", "SellerFulfillmentOrderId", "MCF-5", "FulfillmentAction", "Ship",
                "DestinationAddress.Name", "Mary Johnson", "DestinationAddress.Line1", "456 7th Ave",
                "DestinationAddress.City", "Portland", "DestinationAddress.StateOrProvinceCode", "OR",
                "DestinationAddress.CountryCode", "US", "DestinationAddress.PostalCode", "97201").assertOk();
        WebServiceClient.Response released = get("MCF-5");
        assertThat(released.text("FulfillmentAction")).isEqualTo("Ship");
        assertThat(released.text("City")).isEqualTo("Portland");
        sandbox.advanceClock(Duration.ofMinutes(30));
        assertThat(get("MCF-5").text("FulfillmentOrderStatus")).isEqualTo("PLANNING");
    }

    @Test
    void listAllFulfillmentOrdersPagesNewestFirstWithNextToken() {
        List<Listing> listings = OutboundCalls.fba(sandbox, 3).subList(0, 1);
        for (int i = 1; i <= 3; i++) {
            mws.call("CreateFulfillmentOrder", OutboundCalls.create("L-" + i, listings, 1)).assertOk();
            sandbox.advanceClock(Duration.ofSeconds(1));
        }
        WebServiceClient.Response first = mws.call("ListAllFulfillmentOrders").assertOk();
        assertThat(first.texts("SellerFulfillmentOrderId")).containsExactly("L-3", "L-2");
        String token = first.text("NextToken");
        assertThat(token).isNotBlank();
        WebServiceClient.Response second = mws.call("ListAllFulfillmentOrdersByNextToken", "NextToken", token)
                .assertOk();
        assertThat(second.document().getDocumentElement().getFirstChild().getNextSibling().getLocalName())
                .isEqualTo("ListAllFulfillmentOrdersByNextTokenResult");
        assertThat(second.texts("SellerFulfillmentOrderId")).containsExactly("L-1");
        assertThat(second.text("NextToken")).isNull();

        WebServiceClient.Response later = mws.call("ListAllFulfillmentOrders", "QueryStartDateTime",
                sandbox.clock().instant().plus(Duration.ofHours(1)).toString()).assertOk();
        assertThat(later.texts("SellerFulfillmentOrderId")).isEmpty();
    }

    @Test
    void previewSaysWhatCanBeSentAtWhichSpeedAndCost() {
        Listing listing = OutboundCalls.fba(sandbox, 2).get(0);
        List<String> parameters = new java.util.ArrayList<>(List.of("MarketplaceId", US,
                "Items.member.1.SellerSKU", listing.sellerSku(), "Items.member.1.Quantity", "2",
                "Items.member.1.SellerFulfillmentOrderItemId", "a",
                "Items.member.2.SellerSKU", "NO-SUCH-SKU", "Items.member.2.Quantity", "1",
                "Items.member.2.SellerFulfillmentOrderItemId", "b"));
        parameters.addAll(OutboundCalls.address("Address"));
        WebServiceClient.Response preview = mws.call("GetFulfillmentPreview", parameters.toArray(new String[0]))
                .assertOk();
        assertThat(preview.texts("ShippingSpeedCategory")).containsExactly("Standard", "Expedited", "Priority");
        assertThat(preview.texts("IsFulfillable")).containsOnly("false");
        assertThat(preview.texts("ItemUnfulfillableReasons")).extracting(String::trim).containsOnly("InvalidSKU");
        assertThat(preview.texts("CurrencyCode")).containsOnly("USD");
        assertThat(preview.texts("Name")).contains("FBAPerUnitFulfillmentFee", "FBAPerOrderFulfillmentFee");

        WebServiceClient.Response one = mws.call("GetFulfillmentPreview", parameters.subList(0, 8).stream()
                .toList().toArray(new String[0])).assertError(400, "MissingParameter");
        assertThat(one.text("Message")).contains("Address.Name");
    }

    @Test
    void badItemsAreRefusedNamingTheParameter() {
        Listing listing = OutboundCalls.fba(sandbox, 1).get(0);
        WebServiceClient.Response zero = mws.call("CreateFulfillmentOrder",
                OutboundCalls.create("Z", List.of(listing), 0)).assertError(400, "InvalidRequestException");
        assertThat(zero.text("Message")).isEqualTo("Value AllQuantityZero for parameter  is invalid.");
        List<String> noSku = new java.util.ArrayList<>(List.of(OutboundCalls.create("Z", List.of(listing), 1)));
        noSku.set(noSku.indexOf("Items.member.1.SellerSKU"), "Items.member.x.SellerSKU");
        WebServiceClient.Response badIndex = mws.call("CreateFulfillmentOrder", noSku.toArray(new String[0]))
                .assertError(400, "InvalidParameterValue");
        assertThat(badIndex.text("Message")).contains("Items.member.x.SellerSKU");
        WebServiceClient.Response badSpeed = mws.call("CreateFulfillmentOrder",
                OutboundCalls.create("Z", List.of(listing), 1, "ShippingSpeedCategory", "Warp"))
                .assertError(400, "InvalidParameterValue");
        assertThat(badSpeed.text("Message")).contains("ShippingSpeedCategory").contains("Standard");
    }

    @Test
    void returnReasonCodesAreOfferedForTheSellersSkus() {
        Listing listing = OutboundCalls.fba(sandbox, 1).get(0);
        WebServiceClient.Response codes = mws.call("ListReturnReasonCodes", "SellerSKU", listing.sellerSku(),
                "Language", "de_DE").assertOk();
        List<Map<String, String>> details = codes.records("member");
        assertThat(details).extracting(m -> m.get("ReturnReasonCode")).contains("DEFECTIVE", "UNWANTED_ITEM");
        assertThat(details).allSatisfy(m -> assertThat(m).containsKeys("Description", "TranslatedDescription"));
        mws.call("ListReturnReasonCodes", "SellerSKU", "NO-SUCH").assertError(400, "InvalidParameterValue");
    }

    @Test
    void unitsHeldByOrdersAreNoLongerAvailable() {
        Listing listing = OutboundCalls.fba(sandbox, 1).get(0);
        mws.call("CreateFulfillmentOrder", OutboundCalls.create("ALL", List.of(listing), listing.quantity()))
                .assertOk();
        mws.call("CreateFulfillmentOrder", OutboundCalls.create("MORE", List.of(listing), 1)).assertOk();
        WebServiceClient.Response more = get("MORE");
        assertThat(more.text("FulfillmentOrderStatus")).isEqualTo("UNFULFILLABLE");
        assertThat(more.text("UnfulfillableQuantity")).isEqualTo("1");
    }

    private WebServiceClient.Response get(String id) {
        WebServiceClient.Response response = mws.call("GetFulfillmentOrder", "SellerFulfillmentOrderId", id);
        return response.assertOk();
    }
}
