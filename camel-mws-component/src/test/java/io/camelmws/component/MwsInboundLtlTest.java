package io.camelmws.component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.camelmws.component.error.MwsException;
import io.camelmws.component.model.inbound.CreateInboundShipmentPlanResult;
import io.camelmws.component.model.inbound.GetBillOfLadingResult;
import io.camelmws.component.model.inbound.GetPalletLabelsResult;
import io.camelmws.component.model.inbound.GetTransportContentResult;
import io.camelmws.component.model.inbound.InboundShipmentIdResult;
import io.camelmws.component.model.inbound.InboundShipmentPlan;
import io.camelmws.component.model.inbound.PartneredLtlData;
import io.camelmws.component.model.inbound.TransportDocument;
import io.camelmws.component.model.inbound.TransportResultResult;
import io.camelmws.component.model.inbound.TransportStatus;
import io.camelmws.sandbox.orders.Listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pallets to Amazon through routes: a shipment's less-than-truckload transport is put with PartneredLtlData built
 * from nested Maps, estimated, confirmed on the sandbox's clock, and its pallet labels and bill of lading arrive as
 * ZIP files holding a PDF whose MD5 the answer's Checksum gives. Every answer is read as a typed model.
 */
class MwsInboundLtlTest extends MwsTestSupport {

    private static final String US = "ATVPDKIKX0DER";
    private static final List<String> ACTIONS = List.of("CreateInboundShipmentPlan", "CreateInboundShipment",
            "PutTransportContent", "EstimateTransportRequest", "ConfirmTransportRequest", "GetTransportContent",
            "GetPalletLabels", "GetBillOfLading");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String action : ACTIONS) {
                    from("direct:" + action).to("mws:" + action + "?resultFormat=MODEL");
                }
            }
        };
    }

    private <T> T call(String action, Map<String, Object> parameters, Class<T> model) {
        return template.requestBodyAndHeader("direct:" + action, null, MwsConstants.PARAMETERS, parameters, model);
    }

    private static MwsException mwsError(Runnable call) {
        try {
            call.run();
        } catch (CamelExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(MwsException.class);
            return (MwsException) e.getCause();
        }
        throw new AssertionError("the call succeeded");
    }

    @Test
    void palletsArePutEstimatedConfirmedAndTheirLabelsAndBillOfLadingArriveVerified() throws IOException {
        Listing listing = sandbox().listings().inMarketplace(US).stream().filter(Listing::amazonFulfilled).toList()
                .get(2);
        String id = planAndCreate(listing, 60);
        LocalDate ready = LocalDate.ofInstant(sandbox().clock().instant(), ZoneOffset.UTC).plusDays(3);

        TransportResultResult put = call("PutTransportContent", ltlContent(id, ready), TransportResultResult.class);
        assertThat(put.transportResult().transportStatus()).isEqualTo(TransportStatus.WORKING);
        assertThat(lastReceived().parameters())
                .containsEntry("TransportDetails.PartneredLtlData.Contact.Email", "dock@example.com")
                .containsEntry("TransportDetails.PartneredLtlData.FreightReadyDate", ready.toString())
                .containsEntry("TransportDetails.PartneredLtlData.PalletList.member.2.Dimensions.Height", "55")
                .containsEntry("TransportDetails.PartneredLtlData.PalletList.member.2.IsStacked", "false")
                .containsEntry("TransportDetails.PartneredLtlData.SellerDeclaredValue.Value", "2500.00");

        assertThat(call("EstimateTransportRequest", Map.of("ShipmentId", id), TransportResultResult.class)
                .transportResult().transportStatus()).isEqualTo(TransportStatus.ESTIMATING);
        sandbox().advanceClock(Duration.ofMinutes(1));
        PartneredLtlData estimated = ltl(id);
        assertThat(estimated.contact().name()).isEqualTo("Dock Manager");
        assertThat(estimated.boxCount()).isEqualTo(20);
        assertThat(estimated.freightReadyDay()).isEqualTo(ready);
        assertThat(estimated.palletList()).hasSize(2).allSatisfy(pallet -> {
            assertThat(pallet.dimensions().height()).isEqualByComparingTo("55");
            assertThat(pallet.weight().value()).isEqualByComparingTo("500");
            assertThat(pallet.isStacked()).isFalse();
        });
        assertThat(estimated.totalWeight().value()).isEqualByComparingTo("1000");
        assertThat(estimated.sellerDeclaredValue().amount()).isEqualByComparingTo("2500.00");
        assertThat(estimated.amazonCalculatedValue().amount())
                .isEqualByComparingTo(listing.price().multiply(BigDecimal.valueOf(60)));
        assertThat(estimated.previewPickupDate()).isEqualTo(ready.atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(estimated.previewDeliveryDate()).isAfter(estimated.previewPickupDate());
        // 1000 pounds in 122 cubic feet (8.2 pounds a cubic foot): Amazon estimates class 110.
        assertThat(estimated.sellerFreightClass()).isNull();
        assertThat(estimated.previewFreightClass()).isEqualTo("110");
        assertThat(estimated.amazonReferenceId()).matches("[0-9]{10}");
        assertThat(estimated.isBillOfLadingAvailable()).isFalse();
        // Two pallets at 85.00 and 1000 pounds at 0.12 scaled by class 110.
        assertThat(estimated.partneredEstimate().amount().amount()).isEqualByComparingTo("302.00");
        assertThat(estimated.partneredEstimate().amount().currencyCode()).isEqualTo("USD");
        assertThat(mwsError(() -> call("GetBillOfLading", Map.of("ShipmentId", id), GetBillOfLadingResult.class))
                .getErrorCode()).isEqualTo("InvalidRequestException");

        call("ConfirmTransportRequest", Map.of("ShipmentId", id), TransportResultResult.class);
        sandbox().advanceClock(Duration.ofMinutes(1));
        GetTransportContentResult confirmed = call("GetTransportContent", Map.of("ShipmentId", id),
                GetTransportContentResult.class);
        assertThat(confirmed.transportContent().transportResult().transportStatus())
                .isEqualTo(TransportStatus.CONFIRMED);
        PartneredLtlData freight = confirmed.transportContent().transportDetails().partneredLtlData();
        assertThat(freight.isBillOfLadingAvailable()).isTrue();
        // LTL may be voided for one hour after confirmation.
        assertThat(freight.partneredEstimate().voidDeadline()).isAfter(sandbox().clock().instant())
                .isBefore(sandbox().clock().instant().plus(Duration.ofHours(1)));

        GetPalletLabelsResult labels = call("GetPalletLabels", Map.of("ShipmentId", id,
                "PageType", "PackageLabel_Letter_4", "NumberOfPallets", 2), GetPalletLabelsResult.class);
        String labelsPdf = verifiedPdf(labels.transportDocument());
        assertThat(labelsPdf).contains("Pallet 2 of 2").contains(freight.amazonReferenceId());

        GetBillOfLadingResult bill = call("GetBillOfLading", Map.of("ShipmentId", id), GetBillOfLadingResult.class);
        assertThat(verifiedPdf(bill.transportDocument())).contains("BILL OF LADING")
                .contains("Bill of lading number " + freight.amazonReferenceId()).contains("Freight class 110");
        assertThat(received()).extracting(request -> request.action()).containsSubsequence("PutTransportContent",
                "EstimateTransportRequest", "ConfirmTransportRequest", "GetPalletLabels", "GetBillOfLading");
    }

    @Test
    void aSmallParcelShipmentHasNoPalletLabelsNorBillOfLading() {
        Listing listing = sandbox().listings().inMarketplace(US).stream().filter(Listing::amazonFulfilled).toList()
                .get(3);
        String id = planAndCreate(listing, 4);
        call("PutTransportContent", Map.of("ShipmentId", id, "IsPartnered", true, "ShipmentType", "SP",
                "TransportDetails", Map.of("PartneredSmallParcelData", Map.of("PackageList", List.of(Map.of(
                        "Dimensions", Map.of("Unit", "inches", "Length", 12, "Width", 10, "Height", 8),
                        "Weight", Map.of("Unit", "pounds", "Value", 9)))))), TransportResultResult.class);

        MwsException pallets = mwsError(() -> call("GetPalletLabels", Map.of("ShipmentId", id,
                "PageType", "PackageLabel_Letter_4", "NumberOfPallets", 1), GetPalletLabelsResult.class));
        assertThat(pallets.getErrorCode()).isEqualTo("InvalidOperation");
        assertThat(mwsError(() -> call("GetBillOfLading", Map.of("ShipmentId", id), GetBillOfLadingResult.class))
                .getErrorCode()).isEqualTo("TransportContentNotFound");
        // NumberOfPallets is required by the catalog: the component refuses before sending anything.
        int sent = received().size();
        assertThatThrownBy(() -> call("GetPalletLabels", Map.of("ShipmentId", id, "PageType", "PackageLabel_Letter_4"),
                GetPalletLabelsResult.class)).isInstanceOf(CamelExecutionException.class).cause()
                .hasMessageContaining("requires parameter NumberOfPallets");
        assertThat(received()).hasSize(sent);
    }

    private static Map<String, Object> ltlContent(String id, LocalDate ready) {
        Map<String, Object> pallet = Map.of("Dimensions", Map.of("Unit", "inches", "Length", 40, "Width", 48,
                "Height", 55), "Weight", Map.of("Unit", "pounds", "Value", 500), "IsStacked", false);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Contact", Map.of("Name", "Dock Manager", "Phone", "+1 206 555 0100", "Email", "dock@example.com",
                "Fax", "+1 206 555 0101"));
        data.put("BoxCount", 20);
        // MWS wants YYYY-MM-DD here; a LocalDate would be sent as a date-time.
        data.put("FreightReadyDate", ready.toString());
        data.put("PalletList", List.of(pallet, pallet));
        data.put("SellerDeclaredValue", Map.of("CurrencyCode", "USD", "Value", new BigDecimal("2500.00")));
        return Map.of("ShipmentId", id, "IsPartnered", true, "ShipmentType", "LTL",
                "TransportDetails", Map.of("PartneredLtlData", data));
    }

    private PartneredLtlData ltl(String id) {
        GetTransportContentResult content = call("GetTransportContent", Map.of("ShipmentId", id),
                GetTransportContentResult.class);
        assertThat(content.transportContent().transportHeader().shipmentType()).isEqualTo("LTL");
        assertThat(content.transportContent().transportDetails().partneredSmallParcelData()).isNull();
        return content.transportContent().transportDetails().partneredLtlData();
    }

    /** The PDF inside the document's ZIP file, after checking the Checksum against the ZIP file's own MD5. */
    private static String verifiedPdf(TransportDocument document) throws IOException {
        byte[] zip = Base64.getDecoder().decode(document.pdfDocument());
        assertThat(document.checksum()).isEqualTo(md5(zip));
        assertThat(document.zipBytes()).isEqualTo(zip);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry).isNotNull();
            assertThat(entry.getName()).endsWith(".pdf");
            String pdf = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(in.getNextEntry()).isNull();
            assertThat(pdf).startsWith("%PDF-").endsWith("%%EOF\n");
            return pdf;
        }
    }

    private static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String planAndCreate(Listing listing, int quantity) {
        Map<String, Object> shipFrom = new LinkedHashMap<>();
        shipFrom.put("Name", "Pallet Warehouse");
        shipFrom.put("AddressLine1", "1 Main St");
        shipFrom.put("City", "Seattle");
        shipFrom.put("StateOrProvinceCode", "WA");
        shipFrom.put("CountryCode", "US");
        shipFrom.put("PostalCode", "98101");
        CreateInboundShipmentPlanResult plan = call("CreateInboundShipmentPlan", Map.of("ShipFromAddress", shipFrom,
                "InboundShipmentPlanRequestItems", List.of(Map.of("SellerSKU", listing.sellerSku(),
                        "Quantity", quantity))), CreateInboundShipmentPlanResult.class);
        InboundShipmentPlan planned = plan.inboundShipmentPlans().get(0);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("ShipmentName", "Pallets");
        header.put("ShipFromAddress", shipFrom);
        header.put("DestinationFulfillmentCenterId", planned.destinationFulfillmentCenterId());
        header.put("ShipmentStatus", "WORKING");
        return call("CreateInboundShipment", Map.of("ShipmentId", planned.shipmentId(), "InboundShipmentHeader", header,
                "InboundShipmentItems", List.of(Map.of("SellerSKU", listing.sellerSku(), "QuantityShipped", quantity))),
                InboundShipmentIdResult.class).shipmentId();
    }
}
