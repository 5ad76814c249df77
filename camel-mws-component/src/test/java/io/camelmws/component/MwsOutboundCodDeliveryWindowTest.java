package io.camelmws.component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.model.outbound.CodSettings;
import io.camelmws.component.model.outbound.DeliveryWindow;
import io.camelmws.component.model.outbound.FulfillmentOrder;
import io.camelmws.component.model.outbound.FulfillmentPreview;
import io.camelmws.component.model.outbound.GetFulfillmentOrderResult;
import io.camelmws.component.model.outbound.GetFulfillmentPreviewResult;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Japanese cash-on-delivery, Scheduled Delivery order through routes: the preview's windows read as a typed model,
 * one of them and the COD charges sent as nested Maps, and GetFulfillmentOrder's model showing what was sent; the
 * same charges for the US marketplace fail with MWS's code naming the parameter.
 */
class MwsOutboundCodDeliveryWindowTest extends MwsTestSupport {

    private static final String JP = "A1VC38T7YXB528";
    private static final String US = "ATVPDKIKX0DER";

    private static Listing fbaListing(String marketplace) {
        return sandbox().listings().inMarketplace(marketplace).stream()
                .filter(listing -> "AFN".equals(listing.fulfillmentChannel()) && listing.quantity() >= 1)
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> tokyo() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("Name", "山田 太郎");
        address.put("Line1", "目黒区下目黒 1-2-3");
        address.put("StateOrProvinceCode", "東京都");
        address.put("CountryCode", "JP");
        address.put("PostalCode", "1530064");
        return address;
    }

    private static Map<String, Object> yen(String value) {
        return Map.of("CurrencyCode", "JPY", "Value", new BigDecimal(value));
    }

    private static Map<String, Object> order(String id, Listing listing, DeliveryWindow window, Map<String, Object> cod) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("SellerFulfillmentOrderId", id);
        parameters.put("DisplayableOrderId", id);
        parameters.put("DisplayableOrderDateTime", Instant.parse("2020-06-01T10:00:00Z"));
        parameters.put("DisplayableOrderComment", "ありがとうございます");
        parameters.put("ShippingSpeedCategory", "ScheduledDelivery");
        parameters.put("DeliveryWindow", Map.of("StartDateTime", window.startDateTime(), "EndDateTime", window.endDateTime()));
        parameters.put("DestinationAddress", tokyo());
        parameters.put("CODSettings", cod);
        parameters.put("Items", List.of(Map.of("SellerSKU", listing.sellerSku(), "SellerFulfillmentOrderItemId", id + "-1", "Quantity", 1)));
        return parameters;
    }

    private static Map<String, Object> cod() {
        Map<String, Object> cod = new LinkedHashMap<>();
        cod.put("IsCODRequired", true);
        cod.put("CODCharge", yen("330"));
        cod.put("CODChargeTax", yen("33"));
        cod.put("ShippingCharge", yen("500"));
        cod.put("ShippingChargeTax", yen("50"));
        return cod;
    }

    private <T> T call(String action, String marketplace, Map<String, Object> parameters, Class<T> model) {
        return template.requestBodyAndHeader("mws:" + action + "?resultFormat=MODEL&marketplaceId=" + marketplace, null,
                MwsConstants.PARAMETERS, parameters, model);
    }

    @Test
    void aScheduledCodOrderIsCreatedInAWindowThePreviewOfferedAndReadBackTyped() {
        Listing listing = fbaListing(JP);
        GetFulfillmentPreviewResult preview = call("GetFulfillmentPreview", JP, Map.of("Address", tokyo(),
                "Items", List.of(Map.of("SellerSKU", listing.sellerSku(), "SellerFulfillmentOrderItemId", "p1", "Quantity", 1)),
                "ShippingSpeedCategories", List.of("ScheduledDelivery"), "IncludeDeliveryWindows", true,
                "IncludeCODFulfillmentPreview", true), GetFulfillmentPreviewResult.class);
        FulfillmentPreview scheduled = preview.fulfillmentPreviews().get(0);
        assertThat(scheduled.isCodCapable()).isTrue();
        assertThat(scheduled.scheduledDeliveryInfo().deliveryTimeZone()).isEqualTo("Asia/Tokyo");
        List<DeliveryWindow> windows = scheduled.scheduledDeliveryInfo().deliveryWindows();
        assertThat(windows).hasSize(6).allSatisfy(window -> assertThat(window.endDateTime()).isAfter(window.startDateTime()));
        DeliveryWindow chosen = windows.get(3);

        template.requestBodyAndHeader("mws:CreateFulfillmentOrder?marketplaceId=" + JP, null, MwsConstants.PARAMETERS,
                order("JP-ROUTE-1", listing, chosen, cod()));
        SandboxRequest create = lastReceived();
        assertThat(create.parameters()).containsEntry("CODSettings.IsCODRequired", "true")
                .containsEntry("CODSettings.CODCharge.CurrencyCode", "JPY")
                .containsEntry("CODSettings.ShippingChargeTax.Value", "50")
                .containsKey("DeliveryWindow.StartDateTime");

        FulfillmentOrder order = call("GetFulfillmentOrder", JP, Map.of("SellerFulfillmentOrderId", "JP-ROUTE-1"),
                GetFulfillmentOrderResult.class).fulfillmentOrder();
        assertThat(order.shippingSpeedCategory()).isEqualTo("ScheduledDelivery");
        assertThat(order.deliveryWindow()).isEqualTo(chosen);
        CodSettings charges = order.codSettings();
        assertThat(charges.isCodRequired()).isTrue();
        assertThat(charges.codCharge().amount()).isEqualByComparingTo("330");
        assertThat(charges.codChargeTax().amount()).isEqualByComparingTo("33");
        assertThat(charges.shippingCharge().amount()).isEqualByComparingTo("500");
        assertThat(charges.shippingChargeTax().currencyCode()).isEqualTo("JPY");
        assertThat(order.destinationAddress().name()).isEqualTo("山田 太郎");
    }

    @Test
    void codChargesForAnotherMarketplaceFailWithMwsCodeNamingTheParameter() {
        Listing listing = fbaListing(US);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("SellerFulfillmentOrderId", "US-COD-1");
        parameters.put("DisplayableOrderId", "US-COD-1");
        parameters.put("DisplayableOrderDateTime", Instant.parse("2020-06-01T10:00:00Z"));
        parameters.put("DisplayableOrderComment", "Thank you");
        parameters.put("ShippingSpeedCategory", "Standard");
        parameters.put("DestinationAddress", Map.of("Name", "Jane Adams", "Line1", "123 Oak St.", "StateOrProvinceCode", "WA",
                "CountryCode", "US", "PostalCode", "98101"));
        parameters.put("CODSettings", Map.of("IsCODRequired", true, "CODCharge", Map.of("CurrencyCode", "USD", "Value", 5)));
        parameters.put("Items", List.of(Map.of("SellerSKU", listing.sellerSku(), "SellerFulfillmentOrderItemId", "u-1", "Quantity", 1)));

        assertThatThrownBy(() -> template.requestBodyAndHeader("mws:CreateFulfillmentOrder?marketplaceId=" + US, null,
                MwsConstants.PARAMETERS, parameters))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(MwsException.class)
                .satisfies(e -> assertThat(((MwsException) e).getErrorCode()).isEqualTo("InvalidParameterValue"))
                .hasMessageContaining("CODSettings");
    }
}
