package io.camelmws.component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.camelmws.component.model.merchantfulfillment.GetEligibleShippingServicesResult;
import io.camelmws.component.model.merchantfulfillment.Shipment;
import io.camelmws.component.model.merchantfulfillment.ShipmentResult;
import io.camelmws.component.model.merchantfulfillment.ShipmentStatus;
import io.camelmws.component.model.merchantfulfillment.ShippingService;
import io.camelmws.sandbox.orders.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buy Shipping through routes: the services for a package of one of the sandbox seller's merchant-fulfilled orders,
 * a label bought with the offer chosen (its PDF readable from the model), got, cancelled and refunded on the
 * simulated clock; ShipmentRequestDetails given as nested Maps.
 */
class MwsMerchantFulfillmentTest extends MwsTestSupport {

    private static Order unshippedMfn() {
        return sandbox().orders().ordersAt(sandbox().clock().instant()).stream()
                .filter(order -> "MFN".equals(order.fulfillmentChannel()) && "Unshipped".equals(order.orderStatus())
                        && "ATVPDKIKX0DER".equals(order.marketplaceId()))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> details(Order order) {
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("Name", "John Doe");
        from.put("AddressLine1", "1234 Westlake Ave");
        from.put("Email", "john@example.com");
        from.put("City", "Seattle");
        from.put("StateOrProvinceCode", "WA");
        from.put("PostalCode", "98121");
        from.put("CountryCode", "US");
        from.put("Phone", "2061234567");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("AmazonOrderId", order.amazonOrderId());
        details.put("ItemList", List.of(Map.of("OrderItemId", order.items().get(0).orderItemId(), "Quantity", 1)));
        details.put("ShipFromAddress", from);
        details.put("PackageDimensions", Map.of("Length", 5, "Width", 5, "Height", 5, "Unit", "inches"));
        details.put("Weight", Map.of("Value", 10, "Unit", "ounces"));
        details.put("ShippingServiceOptions", Map.of("DeliveryExperience", "DeliveryConfirmationWithoutSignature",
                "CarrierWillPickUp", false));
        return details;
    }

    private <T> T call(String action, Map<String, Object> parameters, Class<T> model) {
        return template.requestBodyAndHeader("mws:" + action + "?resultFormat=MODEL", null, MwsConstants.PARAMETERS,
                parameters, model);
    }

    @Test
    void aLabelBoughtForTheCheapestServiceIsAPdfAndItsRefundFollowsTheClock() throws Exception {
        Order order = unshippedMfn();
        GetEligibleShippingServicesResult eligible = call("GetEligibleShippingServices",
                Map.of("ShipmentRequestDetails", details(order)), GetEligibleShippingServicesResult.class);
        assertThat(lastReceived().parameters()).containsEntry("ShipmentRequestDetails.ItemList.Item.1.OrderItemId",
                order.items().get(0).orderItemId()).containsEntry("ShipmentRequestDetails.Weight.Value", "10");
        ShippingService cheapest = eligible.shippingServices().stream()
                .min((a, b) -> a.rate().amount().compareTo(b.rate().amount())).orElseThrow();
        assertThat(cheapest.rate().currencyCode()).isEqualTo("USD");
        assertThat(cheapest.availableLabelFormats()).contains("PDF");

        Shipment bought = call("CreateShipment", Map.of("ShipmentRequestDetails", details(order), "ShippingServiceId",
                cheapest.shippingServiceId(), "ShippingServiceOfferId", cheapest.shippingServiceOfferId()),
                ShipmentResult.class).shipment();
        assertThat(bought.status()).isEqualTo(ShipmentStatus.PURCHASED);
        assertThat(bought.amazonOrderId()).isEqualTo(order.amazonOrderId());
        assertThat(bought.shippingService().rate()).isEqualTo(cheapest.rate());
        byte[] pdf = bought.label().fileContents().document();
        assertThat(new String(pdf, StandardCharsets.US_ASCII)).startsWith("%PDF").contains(bought.trackingId());
        assertThat(bought.label().fileContents().checksum())
                .isEqualTo(Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(pdf)));

        Shipment got = call("GetShipment", Map.of("ShipmentId", bought.shipmentId()), ShipmentResult.class).shipment();
        assertThat(got.trackingId()).isEqualTo(bought.trackingId());

        Shipment cancelled = call("CancelShipment", Map.of("ShipmentId", bought.shipmentId()), ShipmentResult.class)
                .shipment();
        assertThat(cancelled.status()).isEqualTo(ShipmentStatus.REFUND_PENDING);
        sandbox().advanceClock(Duration.ofDays(2));
        assertThat(call("GetShipment", Map.of("ShipmentId", bought.shipmentId()), ShipmentResult.class).shipment()
                .status()).isEqualTo(ShipmentStatus.REFUND_APPLIED);
    }
}
