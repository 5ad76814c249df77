package io.camelmws.component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.model.outbound.FulfillmentOrder;
import io.camelmws.component.model.outbound.FulfillmentOrderStatus;
import io.camelmws.component.model.outbound.FulfillmentPreview;
import io.camelmws.component.model.outbound.FulfillmentShipment;
import io.camelmws.component.model.outbound.GetFulfillmentOrderResult;
import io.camelmws.component.model.outbound.GetFulfillmentPreviewResult;
import io.camelmws.component.model.outbound.GetPackageTrackingDetailsResult;
import io.camelmws.component.model.outbound.ListAllFulfillmentOrdersResult;
import io.camelmws.component.model.outbound.ListReturnReasonCodesResult;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Multi-Channel Fulfillment through routes: an order of the sandbox seller's own FBA listings is previewed, created
 * from nested Maps in the CamelMwsParameters header, followed on the simulated clock to COMPLETE with a tracked
 * package, listed, and a second one cancelled; every answer is read as a typed model.
 */
class MwsOutboundFulfillmentTest extends MwsTestSupport {

    private static final String US = "ATVPDKIKX0DER";

    private static Listing fbaListing(int units) {
        return sandbox().listings().inMarketplace(US).stream()
                .filter(listing -> "AFN".equals(listing.fulfillmentChannel()) && listing.quantity() >= units)
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> address() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("Name", "Zoë Núñez");
        address.put("Line1", "123 Oak St.");
        address.put("City", "Seattle");
        address.put("StateOrProvinceCode", "WA");
        address.put("CountryCode", "US");
        address.put("PostalCode", "98101");
        return address;
    }

    private Map<String, Object> order(String id, Listing listing, int quantity) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("SellerFulfillmentOrderId", id);
        parameters.put("DisplayableOrderId", id);
        parameters.put("DisplayableOrderDateTime", Instant.parse("2020-06-01T10:00:00Z"));
        parameters.put("DisplayableOrderComment", "Thank you");
        parameters.put("ShippingSpeedCategory", "Expedited");
        parameters.put("DestinationAddress", address());
        parameters.put("Items", List.of(Map.of("SellerSKU", listing.sellerSku(), "SellerFulfillmentOrderItemId", id + "-1",
                "Quantity", quantity)));
        return parameters;
    }

    private <T> T call(String action, Map<String, Object> parameters, Class<T> model) {
        return template.requestBodyAndHeader("mws:" + action + "?resultFormat=MODEL&marketplaceId=" + US, null,
                MwsConstants.PARAMETERS, parameters, model);
    }

    private GetFulfillmentOrderResult get(String id) {
        return call("GetFulfillmentOrder", Map.of("SellerFulfillmentOrderId", id), GetFulfillmentOrderResult.class);
    }

    @Test
    void anOrderCreatedFromNestedParametersIsFollowedToItsTrackedPackage() {
        Listing listing = fbaListing(2);
        GetFulfillmentPreviewResult preview = call("GetFulfillmentPreview", Map.of("Address", address(), "Items",
                List.of(Map.of("SellerSKU", listing.sellerSku(), "SellerFulfillmentOrderItemId", "p1", "Quantity", 2)),
                "ShippingSpeedCategories", List.of("Expedited")), GetFulfillmentPreviewResult.class);
        FulfillmentPreview expedited = preview.fulfillmentPreviews().get(0);
        assertThat(expedited.shippingSpeedCategory()).isEqualTo("Expedited");
        assertThat(expedited.isFulfillable()).isTrue();
        assertThat(expedited.estimatedFees()).allSatisfy(fee -> {
            assertThat(fee.amount().currencyCode()).isEqualTo("USD");
            assertThat(fee.amount().amount()).isGreaterThan(BigDecimal.ZERO);
        });
        assertThat(expedited.fulfillmentPreviewShipments().get(0).fulfillmentPreviewItems().get(0).sellerSku())
                .isEqualTo(listing.sellerSku());

        template.requestBodyAndHeader("mws:CreateFulfillmentOrder?marketplaceId=" + US, null, MwsConstants.PARAMETERS,
                order("ROUTE-1", listing, 2));
        SandboxRequest create = lastReceived();
        assertThat(create.parameters()).containsEntry("DestinationAddress.Name", "Zoë Núñez")
                .containsEntry("Items.member.1.SellerSKU", listing.sellerSku())
                .containsEntry("Items.member.1.Quantity", "2")
                .containsEntry("MarketplaceId", US);

        GetFulfillmentOrderResult received = get("ROUTE-1");
        assertThat(received.fulfillmentOrder().fulfillmentOrderStatus()).isEqualTo(FulfillmentOrderStatus.RECEIVED);
        assertThat(received.fulfillmentOrder().destinationAddress().name()).isEqualTo("Zoë Núñez");
        assertThat(received.fulfillmentOrderItems().get(0).quantity()).isEqualTo(2);
        assertThat(received.fulfillmentShipments()).isEmpty();

        sandbox().advanceClock(Duration.ofHours(2));
        GetFulfillmentOrderResult processing = get("ROUTE-1");
        assertThat(processing.fulfillmentOrder().fulfillmentOrderStatus()).isEqualTo(FulfillmentOrderStatus.PROCESSING);
        assertThat(processing.fulfillmentShipments()).extracting(FulfillmentShipment::fulfillmentShipmentStatus)
                .containsOnly("PENDING");

        sandbox().advanceClock(Duration.ofHours(8));
        GetFulfillmentOrderResult complete = get("ROUTE-1");
        assertThat(complete.fulfillmentOrder().fulfillmentOrderStatus()).isEqualTo(FulfillmentOrderStatus.COMPLETE);
        FulfillmentShipment shipment = complete.fulfillmentShipments().get(0);
        assertThat(shipment.fulfillmentShipmentStatus()).isEqualTo("SHIPPED");
        int packageNumber = shipment.fulfillmentShipmentPackages().get(0).packageNumber();

        GetPackageTrackingDetailsResult tracking = call("GetPackageTrackingDetails",
                Map.of("PackageNumber", packageNumber), GetPackageTrackingDetailsResult.class);
        assertThat(tracking.trackingNumber()).isEqualTo(shipment.fulfillmentShipmentPackages().get(0).trackingNumber());
        assertThat(tracking.currentStatus()).isEqualTo("IN_TRANSIT");
        assertThat(tracking.shipToAddress().city()).isEqualTo("Seattle");

        ListAllFulfillmentOrdersResult list = call("ListAllFulfillmentOrders", Map.of(), ListAllFulfillmentOrdersResult.class);
        assertThat(list.fulfillmentOrders()).extracting(FulfillmentOrder::sellerFulfillmentOrderId).contains("ROUTE-1");

        ListReturnReasonCodesResult codes = call("ListReturnReasonCodes", Map.of("SellerSKU", listing.sellerSku()),
                ListReturnReasonCodesResult.class);
        assertThat(codes.reasonCodeDetails()).isNotEmpty();
    }

    @Test
    void aCancelledOrderListsAsCancelledAndARepeatedCreateFailsWithMwsCode() {
        Listing listing = fbaListing(1);
        template.requestBodyAndHeader("mws:CreateFulfillmentOrder?marketplaceId=" + US, null, MwsConstants.PARAMETERS,
                order("ROUTE-2", listing, 1));
        template.requestBody("mws:CancelFulfillmentOrder?param.SellerFulfillmentOrderId=ROUTE-2", (Object) null);
        assertThat(get("ROUTE-2").fulfillmentOrder().fulfillmentOrderStatus()).isEqualTo(FulfillmentOrderStatus.CANCELLED);

        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:CreateFulfillmentOrder?marketplaceId=" + US, null,
                MwsConstants.PARAMETERS, order("ROUTE-2", listing, 1)))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(MwsException.class)
                .satisfies(e -> assertThat(((MwsException) e).getErrorCode()).isEqualTo("InvalidRequestException"));
        assertThat(ScaledMws.of(received(), "CreateFulfillmentOrder")).hasSize(2);
    }

    @Test
    void aStructureListTheCatalogDoesNotKnowIsRefusedNamingIt() {
        Map<String, Object> parameters = order("ROUTE-3", fbaListing(1), 1);
        parameters.put("DestinationAddress", Map.of("Name", List.of("a", "b")));
        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:CreateFulfillmentOrder", null, MwsConstants.PARAMETERS,
                parameters)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("DestinationAddress.Name");
    }
}
