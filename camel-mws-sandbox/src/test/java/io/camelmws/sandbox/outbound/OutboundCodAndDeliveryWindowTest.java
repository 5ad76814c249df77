package io.camelmws.sandbox.outbound;

import static io.camelmws.sandbox.outbound.OutboundCalls.US;
import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.WebServiceClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Japan's cash-on-delivery charges and Scheduled Delivery windows: a CreateFulfillmentOrder keeps what it was sent
 * and GetFulfillmentOrder shows it; the window must be one the preview offers; elsewhere both are refused.
 */
class OutboundCodAndDeliveryWindowTest {

    static final String JP = "A1VC38T7YXB528";

    private MwsSandbox sandbox;
    private WebServiceClient mws;

    @BeforeEach
    void start() {
        sandbox = OutboundCalls.start(10);
        mws = OutboundCalls.client(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aScheduledCodOrderKeepsItsWindowAndChargesAndShowsThem() {
        Listing listing = japanese();
        WebServiceClient.Response preview = mws.call("GetFulfillmentPreview", previewOf(listing)).assertOk();
        List<String> starts = preview.texts("StartDateTime");
        List<String> ends = preview.texts("EndDateTime");
        assertThat(starts).hasSize(6);

        mws.call("CreateFulfillmentOrder", scheduled("JP-1", listing, starts.get(2), ends.get(2),
                "CODSettings.IsCODRequired", "true",
                "CODSettings.CODCharge.CurrencyCode", "JPY", "CODSettings.CODCharge.Value", "330",
                "CODSettings.CODChargeTax.CurrencyCode", "JPY", "CODSettings.CODChargeTax.Value", "33",
                "CODSettings.ShippingCharge.CurrencyCode", "JPY", "CODSettings.ShippingCharge.Value", "500",
                "CODSettings.ShippingChargeTax.CurrencyCode", "JPY", "CODSettings.ShippingChargeTax.Value", "50"))
                .assertOk();

        WebServiceClient.Response order = mws.call("GetFulfillmentOrder", "SellerFulfillmentOrderId", "JP-1").assertOk();
        assertThat(order.text("ShippingSpeedCategory")).isEqualTo("ScheduledDelivery");
        assertThat(order.texts("StartDateTime")).containsExactly(starts.get(2));
        assertThat(order.texts("EndDateTime")).containsExactly(ends.get(2));
        assertThat(order.text("IsCODRequired")).isEqualTo("true");
        String xml = order.text().replaceAll(">\\s+<", "><");
        assertThat(xml).contains("<CODCharge><CurrencyCode>JPY</CurrencyCode><Value>330</Value></CODCharge>")
                .contains("<ShippingChargeTax><CurrencyCode>JPY</CurrencyCode><Value>50</Value></ShippingChargeTax>");
        // Amazon's element order: the window after the speed, the charges after FulfillmentMethod.
        assertThat(xml.indexOf("<DeliveryWindow>")).isBetween(xml.indexOf("<ShippingSpeedCategory>"), xml.indexOf("<DestinationAddress>"));
        assertThat(xml.indexOf("<CODSettings>")).isBetween(xml.indexOf("<FulfillmentMethod>"), xml.indexOf("<ReceivedDateTime>"));

        WebServiceClient.Response listed = mws.call("ListAllFulfillmentOrders", "QueryStartDateTime", "2000-01-01T00:00:00Z").assertOk();
        assertThat(listed.texts("IsCODRequired")).containsExactly("true");
    }

    @Test
    void aWindowThePreviewDidNotOfferIsRefusedNamingTheOfferedOnes() {
        Listing listing = japanese();
        List<String> starts = mws.call("GetFulfillmentPreview", previewOf(listing)).assertOk().texts("StartDateTime");
        String notOffered = starts.get(0).replace(":00:00Z", ":30:00Z");
        WebServiceClient.Response refused = mws.call("CreateFulfillmentOrder",
                scheduled("JP-2", listing, notOffered, starts.get(1), new String[0])).assertError(400, "InvalidParameterValue");
        assertThat(refused.text("Message")).contains("DeliveryWindow.StartDateTime").contains(starts.get(0));
        mws.call("GetFulfillmentOrder", "SellerFulfillmentOrderId", "JP-2").assertError(400, "InvalidRequestException");
    }

    @Test
    void scheduledDeliveryNeedsAWindowAndOtherSpeedsTakeNone() {
        Listing listing = japanese();
        List<String> missing = new ArrayList<>(List.of(OutboundCalls.create("JP-3", List.of(listing), 1,
                "ShippingSpeedCategory", "ScheduledDelivery")));
        japan(missing);
        assertThat(mws.call("CreateFulfillmentOrder", missing.toArray(new String[0])).assertError(400, "MissingParameter")
                .text("Message")).contains("DeliveryWindow.StartDateTime");

        List<String> standard = new ArrayList<>(List.of(OutboundCalls.create("JP-4", List.of(listing), 1,
                "DeliveryWindow.StartDateTime", "2020-06-02T00:00:00Z", "DeliveryWindow.EndDateTime", "2020-06-02T02:00:00Z")));
        japan(standard);
        assertThat(mws.call("CreateFulfillmentOrder", standard.toArray(new String[0])).assertError(400, "InvalidParameterValue")
                .text("Message")).contains("DeliveryWindow").contains("ScheduledDelivery");
    }

    @Test
    void codSettingsOutsideJapanOrInAnotherCurrencyAreRefused() {
        Listing us = OutboundCalls.fba(sandbox, 1).get(0);
        WebServiceClient.Response refused = mws.call("CreateFulfillmentOrder", OutboundCalls.create("US-1", List.of(us), 1,
                "CODSettings.IsCODRequired", "true", "CODSettings.CODCharge.CurrencyCode", "USD", "CODSettings.CODCharge.Value", "5"))
                .assertError(400, "InvalidParameterValue");
        assertThat(refused.text("Message")).contains("CODSettings").contains(US);

        List<String> dollars = new ArrayList<>(List.of(OutboundCalls.create("JP-5", List.of(japanese()), 1,
                "CODSettings.IsCODRequired", "true", "CODSettings.CODCharge.CurrencyCode", "USD", "CODSettings.CODCharge.Value", "5")));
        japan(dollars);
        assertThat(mws.call("CreateFulfillmentOrder", dollars.toArray(new String[0])).assertError(400, "InvalidParameterValue")
                .text("Message")).contains("CODSettings.CODCharge.CurrencyCode").contains("JPY");
    }

    @Test
    void anUpdateCannotTurnAnOrderIntoAScheduledOneWithoutAWindow() {
        Listing listing = japanese();
        List<String> standard = new ArrayList<>(List.of(OutboundCalls.create("JP-6", List.of(listing), 1,
                "FulfillmentAction", "Hold")));
        japan(standard);
        mws.call("CreateFulfillmentOrder", standard.toArray(new String[0])).assertOk();
        assertThat(mws.call("UpdateFulfillmentOrder", "MarketplaceId", JP, "SellerFulfillmentOrderId", "JP-6",
                "ShippingSpeedCategory", "ScheduledDelivery").assertError(400, "InvalidParameterValue").text("Message"))
                .contains("ShippingSpeedCategory").contains("DeliveryWindow");
        assertThat(mws.call("GetFulfillmentOrder", "SellerFulfillmentOrderId", "JP-6").assertOk().text("ShippingSpeedCategory"))
                .isEqualTo("Standard");
    }

    private Listing japanese() {
        return sandbox.listings().inMarketplace(JP).stream()
                .filter(listing -> "AFN".equals(listing.fulfillmentChannel()) && listing.quantity() >= 2)
                .findFirst().orElseThrow(() -> new AssertionError("the seller has no FBA listing in Japan"));
    }

    private static String[] previewOf(Listing listing) {
        List<String> parameters = new ArrayList<>(List.of("MarketplaceId", JP, "ShippingSpeedCategories.member.1", "ScheduledDelivery",
                "IncludeDeliveryWindows", "true", "IncludeCODFulfillmentPreview", "true",
                "Items.member.1.SellerSKU", listing.sellerSku(), "Items.member.1.Quantity", "1",
                "Items.member.1.SellerFulfillmentOrderItemId", "a"));
        parameters.addAll(OutboundCalls.address("Address"));
        japanAddress(parameters);
        return parameters.toArray(new String[0]);
    }

    private static String[] scheduled(String id, Listing listing, String start, String end, String... extra) {
        List<String> parameters = new ArrayList<>(List.of(OutboundCalls.create(id, List.of(listing), 1,
                "ShippingSpeedCategory", "ScheduledDelivery", "DeliveryWindow.StartDateTime", start, "DeliveryWindow.EndDateTime", end)));
        parameters.addAll(List.of(extra));
        japan(parameters);
        return parameters.toArray(new String[0]);
    }

    /** The request made for Japan: its marketplace and a Tokyo address (a name sent twice counts with its later value). */
    private static void japan(List<String> parameters) {
        parameters.set(parameters.indexOf("MarketplaceId") + 1, JP);
        japanAddress(parameters);
    }

    private static void japanAddress(List<String> parameters) {
        for (int i = 0; i < parameters.size() - 1; i += 2) {
            String name = parameters.get(i);
            if (name.endsWith(".CountryCode")) {
                parameters.set(i + 1, "JP");
            } else if (name.endsWith(".StateOrProvinceCode")) {
                parameters.set(i + 1, "Tokyo");
            } else if (name.endsWith(".PostalCode")) {
                parameters.set(i + 1, "1500002");
            }
        }
    }
}
