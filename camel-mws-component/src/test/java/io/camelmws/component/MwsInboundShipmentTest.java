package io.camelmws.component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.model.inbound.CreateInboundShipmentPlanResult;
import io.camelmws.component.model.inbound.GetPackageLabelsResult;
import io.camelmws.component.model.inbound.GetTransportContentResult;
import io.camelmws.component.model.inbound.InboundShipmentIdResult;
import io.camelmws.component.model.inbound.InboundShipmentInfo;
import io.camelmws.component.model.inbound.InboundShipmentItem;
import io.camelmws.component.model.inbound.InboundShipmentPlan;
import io.camelmws.component.model.inbound.ListInboundShipmentItemsResult;
import io.camelmws.component.model.inbound.ListInboundShipmentsResult;
import io.camelmws.component.model.inbound.ShipmentStatus;
import io.camelmws.component.model.inbound.TransportResultResult;
import io.camelmws.component.model.inbound.TransportStatus;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sending inventory to Amazon through routes: a plan of the sandbox seller's own FBA listings, built from nested
 * Maps in the CamelMwsParameters header, becomes a shipment that is marked SHIPPED and followed on the simulated clock
 * to CLOSED with its units received; partnered transport is estimated and confirmed, and labels come as a verified
 * ZIP file. Every answer is read as a typed model.
 */
class MwsInboundShipmentTest extends MwsTestSupport {

    private static final String US = "ATVPDKIKX0DER";

    private static Listing fbaListing(int index) {
        return sandbox().listings().inMarketplace(US).stream().filter(Listing::amazonFulfilled).toList().get(index);
    }

    private static Map<String, Object> shipFrom() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("Name", "Zoë's Warehouse");
        address.put("AddressLine1", "1 Main St");
        address.put("City", "Seattle");
        address.put("StateOrProvinceCode", "WA");
        address.put("CountryCode", "US");
        address.put("PostalCode", "98101");
        return address;
    }

    private <T> T call(String action, Map<String, Object> parameters, Class<T> model) {
        return template.requestBodyAndHeader("mws:" + action + "?resultFormat=MODEL", null, MwsConstants.PARAMETERS,
                parameters, model);
    }

    private InboundShipmentInfo shipment(String id) {
        return call("ListInboundShipments", Map.of("ShipmentIdList", List.of(id)), ListInboundShipmentsResult.class)
                .shipmentData().get(0);
    }

    private String planAndCreate(Listing listing, int quantity, String name) {
        CreateInboundShipmentPlanResult plan = call("CreateInboundShipmentPlan", Map.of("ShipFromAddress", shipFrom(),
                "LabelPrepPreference", "SELLER_LABEL",
                "InboundShipmentPlanRequestItems", List.of(Map.of("SellerSKU", listing.sellerSku(), "Quantity", quantity))),
                CreateInboundShipmentPlanResult.class);
        InboundShipmentPlan planned = plan.inboundShipmentPlans().get(0);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("ShipmentName", name);
        header.put("ShipFromAddress", shipFrom());
        header.put("DestinationFulfillmentCenterId", planned.destinationFulfillmentCenterId());
        header.put("LabelPrepPreference", "SELLER_LABEL");
        header.put("ShipmentStatus", "WORKING");
        InboundShipmentIdResult created = call("CreateInboundShipment", Map.of("ShipmentId", planned.shipmentId(),
                "InboundShipmentHeader", header,
                "InboundShipmentItems", List.of(Map.of("SellerSKU", listing.sellerSku(), "QuantityShipped", quantity))),
                InboundShipmentIdResult.class);
        assertThat(created.shipmentId()).isEqualTo(planned.shipmentId());
        return created.shipmentId();
    }

    @Test
    void aPlannedShipmentIsCreatedShippedAndListedUntilItsUnitsAreReceived() {
        Listing listing = fbaListing(0);
        CreateInboundShipmentPlanResult plan = call("CreateInboundShipmentPlan", Map.of("ShipFromAddress", shipFrom(),
                "InboundShipmentPlanRequestItems", List.of(Map.of("SellerSKU", listing.sellerSku(), "Quantity", 12))),
                CreateInboundShipmentPlanResult.class);
        SandboxRequest request = lastReceived();
        assertThat(request.parameters()).containsEntry("ShipFromAddress.Name", "Zoë's Warehouse")
                .containsEntry("InboundShipmentPlanRequestItems.member.1.SellerSKU", listing.sellerSku())
                .containsEntry("InboundShipmentPlanRequestItems.member.1.Quantity", "12");
        InboundShipmentPlan planned = plan.inboundShipmentPlans().get(0);
        assertThat(planned.shipmentId()).startsWith("FBA");
        assertThat(planned.shipToAddress().countryCode()).isEqualTo("US");
        assertThat(planned.items()).singleElement().satisfies(item -> {
            assertThat(item.sellerSku()).isEqualTo(listing.sellerSku());
            assertThat(item.fulfillmentNetworkSku()).isEqualTo(listing.fnsku());
            assertThat(item.quantity()).isEqualTo(12);
        });

        String id = planAndCreate(listing, 12, "Route restock");
        InboundShipmentInfo working = shipment(id);
        assertThat(working.shipmentStatus()).isEqualTo(ShipmentStatus.WORKING);
        assertThat(working.shipmentName()).isEqualTo("Route restock");
        assertThat(working.shipFromAddress().name()).isEqualTo("Zoë's Warehouse");

        call("UpdateInboundShipment", Map.of("ShipmentId", id, "InboundShipmentHeader", Map.of("ShipmentStatus", "SHIPPED")),
                InboundShipmentIdResult.class);
        assertThat(shipment(id).shipmentStatus()).isEqualTo(ShipmentStatus.SHIPPED);
        sandbox().advanceClock(Duration.ofDays(2));
        assertThat(shipment(id).shipmentStatus()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        sandbox().advanceClock(Duration.ofDays(6));
        assertThat(shipment(id).shipmentStatus()).isEqualTo(ShipmentStatus.CLOSED);

        ListInboundShipmentsResult closed = call("ListInboundShipments", Map.of("ShipmentStatusList", List.of("CLOSED")),
                ListInboundShipmentsResult.class);
        assertThat(closed.shipmentData()).extracting(InboundShipmentInfo::shipmentId).contains(id);
        ListInboundShipmentItemsResult items = call("ListInboundShipmentItems", Map.of("ShipmentId", id),
                ListInboundShipmentItemsResult.class);
        assertThat(items.itemData()).singleElement().satisfies(item -> {
            assertThat(item.sellerSku()).isEqualTo(listing.sellerSku());
            assertThat(item.quantityShipped()).isEqualTo(12);
            assertThat(item.quantityReceived()).isEqualTo(12);
        });
        assertThat(items.itemData()).extracting(InboundShipmentItem::shipmentId).containsOnly(id);

        assertThatThrownBy(() -> call("UpdateInboundShipment", Map.of("ShipmentId", id, "InboundShipmentHeader",
                Map.of("ShipmentStatus", "WORKING")), InboundShipmentIdResult.class))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(MwsException.class)
                .hasMessageContaining("InvalidRequestException").hasMessageContaining("CLOSED");
    }

    @Test
    void partneredTransportIsEstimatedConfirmedAndItsLabelsArriveVerified() {
        Listing listing = fbaListing(1);
        String id = planAndCreate(listing, 6, "Transport");
        Map<String, Object> box = Map.of("Dimensions", Map.of("Unit", "inches", "Length", 12, "Width", 10, "Height", 8),
                "Weight", Map.of("Unit", "pounds", "Value", new BigDecimal("7.5")));
        TransportResultResult put = call("PutTransportContent", Map.of("ShipmentId", id, "IsPartnered", true,
                "ShipmentType", "SP", "TransportDetails", Map.of("PartneredSmallParcelData", Map.of("PackageList",
                        List.of(box)))), TransportResultResult.class);
        assertThat(put.transportResult().transportStatus()).isEqualTo(TransportStatus.WORKING);
        assertThat(lastReceived().parameters())
                .containsEntry("TransportDetails.PartneredSmallParcelData.PackageList.member.1.Weight.Value", "7.5");

        assertThat(call("EstimateTransportRequest", Map.of("ShipmentId", id), TransportResultResult.class)
                .transportResult().transportStatus()).isEqualTo(TransportStatus.ESTIMATING);
        sandbox().advanceClock(Duration.ofMinutes(1));
        GetTransportContentResult estimated = call("GetTransportContent", Map.of("ShipmentId", id),
                GetTransportContentResult.class);
        GetTransportContentResult.TransportContent content = estimated.transportContent();
        assertThat(content.transportResult().transportStatus()).isEqualTo(TransportStatus.ESTIMATED);
        assertThat(content.transportHeader().isPartnered()).isTrue();
        GetTransportContentResult.SmallParcelData parcels = content.transportDetails().partneredSmallParcelData();
        assertThat(parcels.partneredEstimate().amount().currencyCode()).isEqualTo("USD");
        assertThat(parcels.partneredEstimate().amount().amount()).isEqualByComparingTo("8.63");
        assertThat(parcels.packageList()).singleElement()
                .satisfies(p -> assertThat(p.weight().value()).isEqualByComparingTo("7.5"));

        call("ConfirmTransportRequest", Map.of("ShipmentId", id), TransportResultResult.class);
        sandbox().advanceClock(Duration.ofMinutes(1));
        GetTransportContentResult confirmed = call("GetTransportContent", Map.of("ShipmentId", id),
                GetTransportContentResult.class);
        assertThat(confirmed.transportContent().transportResult().transportStatus()).isEqualTo(TransportStatus.CONFIRMED);
        assertThat(confirmed.transportContent().transportDetails().partneredSmallParcelData().packageList().get(0)
                .trackingId()).startsWith("1Z");
        assertThat(confirmed.transportContent().transportDetails().partneredSmallParcelData().partneredEstimate()
                .voidDeadline()).isAfter(sandbox().clock().instant());

        GetPackageLabelsResult labels = call("GetPackageLabels", Map.of("ShipmentId", id,
                "PageType", "PackageLabel_Letter_2"), GetPackageLabelsResult.class);
        byte[] zip = labels.transportDocument().zipBytes();
        assertThat(zip).startsWith('P', 'K');
    }
}
