package io.camelmws.sandbox.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.orders.Order;
import io.camelmws.sandbox.support.WebServiceClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MerchantFulfillment over HTTP: services for an MFN order's package, a label bought, got, cancelled, refunded. */
class MerchantFulfillmentTest {

    static final String NS = "https://mws.amazonservices.com/MerchantFulfillment/2015-06-01";

    private MwsSandbox sandbox;
    private WebServiceClient mws;

    @BeforeEach
    void start() {
        sandbox = MwsSandbox.builder().port(0).accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY).sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID)
                .throttling(false).orders(500).build().start();
        mws = WebServiceClient.section(sandbox, "MerchantFulfillment", "2015-06-01", NS);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static Order unshippedMfn(MwsSandbox sandbox, String marketplaceId) {
        return sandbox.orders().ordersAt(sandbox.clock().instant()).stream()
                .filter(order -> "MFN".equals(order.fulfillmentChannel()) && "Unshipped".equals(order.orderStatus())
                        && order.marketplaceId().equals(marketplaceId))
                .findFirst().orElseThrow();
    }

    static List<String> details(Order order, String weightOunces, String... extra) {
        List<String> parameters = new ArrayList<>(List.of(
                "ShipmentRequestDetails.AmazonOrderId", order.amazonOrderId(),
                "ShipmentRequestDetails.ItemList.Item.1.OrderItemId", order.items().get(0).orderItemId(),
                "ShipmentRequestDetails.ItemList.Item.1.Quantity", "1",
                "ShipmentRequestDetails.ShipFromAddress.Name", "John Doe",
                "ShipmentRequestDetails.ShipFromAddress.AddressLine1", "1234 Westlake Ave",
                "ShipmentRequestDetails.ShipFromAddress.Email", "john@example.com",
                "ShipmentRequestDetails.ShipFromAddress.City", "Seattle",
                "ShipmentRequestDetails.ShipFromAddress.StateOrProvinceCode", "WA",
                "ShipmentRequestDetails.ShipFromAddress.PostalCode", "98121",
                "ShipmentRequestDetails.ShipFromAddress.CountryCode", "US",
                "ShipmentRequestDetails.ShipFromAddress.Phone", "2061234567",
                "ShipmentRequestDetails.PackageDimensions.Length", "5",
                "ShipmentRequestDetails.PackageDimensions.Width", "5",
                "ShipmentRequestDetails.PackageDimensions.Height", "5",
                "ShipmentRequestDetails.PackageDimensions.Unit", "inches",
                "ShipmentRequestDetails.Weight.Value", weightOunces,
                "ShipmentRequestDetails.Weight.Unit", "ounces",
                "ShipmentRequestDetails.ShippingServiceOptions.DeliveryExperience",
                "DeliveryConfirmationWithoutSignature",
                "ShipmentRequestDetails.ShippingServiceOptions.CarrierWillPickUp", "false"));
        parameters.addAll(List.of(extra));
        return parameters;
    }

    private WebServiceClient.Response call(String action, List<String> parameters) {
        return mws.call(action, parameters.toArray(new String[0]));
    }

    @Test
    void aLabelIsBoughtForAnEligibleServiceGotCancelledAndRefunded() throws Exception {
        Order order = unshippedMfn(sandbox, "ATVPDKIKX0DER");
        WebServiceClient.Response eligible = call("GetEligibleShippingServices", details(order, "20")).assertOk();
        assertThat(eligible.document().getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(eligible.texts("ShippingServiceId")).contains("UPS_PTP_GND", "USPS_PTP_PRI", "USPS_PTP_FC");
        assertThat(eligible.texts("RejectionReasonCode")).containsExactly("INELIGIBLE");
        assertThat(eligible.records("RejectedShippingService").get(0)).containsEntry("ShippingServiceId",
                "USPS_PTP_FC");
        String offerId = eligible.records("ShippingService").stream()
                .filter(s -> "UPS_PTP_GND".equals(s.get("ShippingServiceId"))).findFirst().orElseThrow()
                .get("ShippingServiceOfferId");
        assertThat(call("GetEligibleShippingServices", details(order, "20")).text())
                .contains(offerId);

        WebServiceClient.Response created = call("CreateShipment", details(order, "20", "ShippingServiceId",
                "UPS_PTP_GND", "ShippingServiceOfferId", offerId)).assertOk();
        assertThat(created.text("Status")).isEqualTo("Purchased");
        assertThat(created.text("TrackingId")).startsWith("1Z");
        assertThat(created.text("AmazonOrderId")).isEqualTo(order.amazonOrderId());
        byte[] pdf = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder()
                .decode(created.text("Contents")))).readAllBytes();
        assertThat(new String(pdf, StandardCharsets.US_ASCII)).startsWith("%PDF-1.4").contains("UPS Ground")
                .contains(created.text("TrackingId")).endsWith("%%EOF\n");
        assertThat(created.text("Checksum")).isEqualTo(Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("MD5").digest(pdf)));
        String shipmentId = created.text("ShipmentId");

        call("CreateShipment", details(order, "20", "ShippingServiceId", "UPS_PTP_GND"))
                .assertError(400, "InvalidRequestException");
        assertThat(mws.call("GetShipment", "ShipmentId", shipmentId).assertOk().text("Contents"))
                .isEqualTo(created.text("Contents"));

        WebServiceClient.Response cancelled = mws.call("CancelShipment", "ShipmentId", shipmentId).assertOk();
        assertThat(cancelled.text("Status")).isEqualTo("RefundPending");
        assertThat(mws.call("CancelShipment", "ShipmentId", shipmentId).assertOk().text("Status"))
                .isEqualTo("RefundPending");
        // Once the label is cancelled, the items may get another one.
        call("CreateShipment", details(order, "20", "ShippingServiceId", "USPS_PTP_PRI")).assertOk();
        sandbox.advanceClock(Duration.ofDays(2));
        assertThat(mws.call("GetShipment", "ShipmentId", shipmentId).assertOk().text("Status"))
                .isEqualTo("RefundApplied");
    }

    @Test
    void badRequestsAreRefusedNamingTheParameter() {
        Order order = unshippedMfn(sandbox, "ATVPDKIKX0DER");
        List<String> noWeight = details(order, "20");
        int at = noWeight.indexOf("ShipmentRequestDetails.Weight.Unit");
        noWeight.remove(at + 1);
        noWeight.remove(at);
        assertThat(call("GetEligibleShippingServices", noWeight).assertError(400, "MissingParameter").text("Message"))
                .contains("ShipmentRequestDetails.Weight.Unit");
        assertThat(call("CreateShipment", details(order, "20", "ShippingServiceId", "USPS_PTP_FC"))
                .assertError(400, "InvalidRequestException").text("Message")).contains("USPS_PTP_FC");
        mws.call("GetShipment", "ShipmentId", "no-such").assertError(400, "ShipmentNotFoundException");
    }

    @Test
    void additionalSellerInputsNameTheOrdersItems() {
        Order order = unshippedMfn(sandbox, "ATVPDKIKX0DER");
        WebServiceClient.Response inputs = mws.call("GetAdditionalSellerInputs", "OrderId", order.amazonOrderId(),
                "ShippingServiceId", "UPS_PTP_GND", "ShipFromAddress.Name", "John Doe",
                "ShipFromAddress.AddressLine1", "1234 Westlake Ave", "ShipFromAddress.Email", "john@example.com",
                "ShipFromAddress.City", "Seattle", "ShipFromAddress.PostalCode", "98121",
                "ShipFromAddress.CountryCode", "US", "ShipFromAddress.Phone", "2061234567").assertOk();
        assertThat(inputs.texts("Asin")).contains(order.items().get(0).asin());
    }
}
