package io.camelmws.sandbox.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.TestSandboxes;
import io.camelmws.sandbox.support.WebServiceClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FulfillmentInboundShipment over HTTP: plan, shipment life cycle, transport, labels, paging and refusals. */
class InboundLifecycleTest {

    static final String NS = "http://mws.amazonaws.com/FulfillmentInboundShipment/2010-10-01/";
    private static final String US = "ATVPDKIKX0DER";

    private MwsSandbox sandbox;
    private WebServiceClient mws;

    @BeforeEach
    void start() {
        sandbox = TestSandboxes.withDefaultCredentials()
                .throttling(false).orders(0).newOrdersPerHour(0).inboundShipmentsPageSize(2)
                .build().start();
        mws = WebServiceClient.section(sandbox, "FulfillmentInboundShipment", "2010-10-01", NS);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aPlannedShipmentIsCreatedShippedAndReceivedOnTheSimulatedClock() {
        Listing listing = fba().get(0);
        WebServiceClient.Response plan = mws.call("CreateInboundShipmentPlan", planRequest(List.of(listing), 24))
                .assertOk();
        String shipmentId = plan.text("ShipmentId");
        String centre = plan.text("DestinationFulfillmentCenterId");
        assertThat(shipmentId).matches("FBA[0-9A-Z]{9}");
        assertThat(centre).isIn("RNO1", "PHX6", "TPA1");
        assertThat(plan.text("LabelPrepType")).isEqualTo("SELLER_LABEL");
        assertThat(plan.text("FulfillmentNetworkSKU")).isEqualTo(listing.fnsku());
        assertThat(plan.text("Quantity")).isEqualTo("24");

        WebServiceClient.Response created = mws.call("CreateInboundShipment",
                createRequest(shipmentId, centre, "WORKING", listing.sellerSku(), 24)).assertOk();
        assertThat(created.text("ShipmentId")).isEqualTo(shipmentId);
        assertThat(status(shipmentId)).isEqualTo("WORKING");

        mws.call("UpdateInboundShipment", "ShipmentId", shipmentId,
                "InboundShipmentHeader.ShipmentStatus", "SHIPPED").assertOk();
        Instant shipped = sandbox.clock().instant();
        assertThat(status(shipmentId)).isEqualTo("SHIPPED");
        sandbox.advanceClock(Duration.ofDays(2));
        assertThat(status(shipmentId)).isEqualTo("IN_TRANSIT");
        // A retried SHIPPED (the operation is repeatable) answers as the first did and changes nothing.
        mws.call("UpdateInboundShipment", "ShipmentId", shipmentId,
                "InboundShipmentHeader.ShipmentStatus", "SHIPPED").assertOk();
        assertThat(status(shipmentId)).isEqualTo("IN_TRANSIT");
        sandbox.advanceClock(Duration.ofDays(1).plusHours(1));
        assertThat(status(shipmentId)).isEqualTo("DELIVERED");
        sandbox.advanceClock(Duration.ofHours(12));
        assertThat(status(shipmentId)).isEqualTo("CHECKED_IN");
        assertThat(received(shipmentId)).isZero();
        sandbox.advanceClock(Duration.ofHours(12));
        assertThat(status(shipmentId)).isEqualTo("RECEIVING");
        sandbox.advanceClock(Duration.ofDays(1));
        int halfway = received(shipmentId);
        assertThat(halfway).isBetween(1, 23);
        sandbox.advanceClock(Duration.ofDays(2));
        assertThat(status(shipmentId)).isEqualTo("CLOSED");
        assertThat(received(shipmentId)).isEqualTo(24);

        // The life cycle's steps count as updates: a window after shipping finds it, one before does not.
        assertThat(mws.call("ListInboundShipments", "ShipmentStatusList.member.1", "CLOSED",
                "LastUpdatedAfter", shipped.plus(Duration.ofDays(5)).toString(),
                "LastUpdatedBefore", sandbox.clock().instant().plusSeconds(1).toString()).assertOk()
                .texts("ShipmentId")).containsExactly(shipmentId);
        assertThat(mws.call("ListInboundShipments", "ShipmentStatusList.member.1", "CLOSED",
                "LastUpdatedAfter", shipped.minus(Duration.ofDays(1)).toString(),
                "LastUpdatedBefore", shipped.toString()).assertOk().texts("ShipmentId")).isEmpty();

        mws.call("UpdateInboundShipment", "ShipmentId", shipmentId, "InboundShipmentHeader.ShipmentStatus", "WORKING")
                .assertError(400, "InvalidRequestException");
    }

    @Test
    void shipmentsAndItemsPageWithNextTokenAndFilterByStatusAndId() {
        List<Listing> listings = fba().subList(0, 3);
        List<String> ids = new ArrayList<>();
        for (Listing listing : listings) {
            WebServiceClient.Response plan = mws.call("CreateInboundShipmentPlan", planRequest(List.of(listing), 5))
                    .assertOk();
            String id = plan.text("ShipmentId");
            mws.call("CreateInboundShipment", createRequest(id, plan.text("DestinationFulfillmentCenterId"),
                    "WORKING", listing.sellerSku(), 5)).assertOk();
            ids.add(id);
        }
        mws.call("UpdateInboundShipment", "ShipmentId", ids.get(2), "InboundShipmentHeader.ShipmentStatus",
                "CANCELLED").assertOk();

        WebServiceClient.Response first = mws.call("ListInboundShipments", "ShipmentStatusList.member.1", "WORKING",
                "ShipmentStatusList.member.2", "CANCELLED").assertOk();
        assertThat(first.texts("ShipmentId")).containsExactly(ids.get(0), ids.get(1));
        String token = first.text("NextToken");
        assertThat(token).isNotNull();
        WebServiceClient.Response second = mws.call("ListInboundShipmentsByNextToken", "NextToken", token).assertOk();
        assertThat(second.texts("ShipmentId")).containsExactly(ids.get(2));
        assertThat(second.texts("ShipmentStatus")).containsExactly("CANCELLED");
        assertThat(second.text("NextToken")).isNull();

        assertThat(mws.call("ListInboundShipments", "ShipmentStatusList.member.1", "WORKING").assertOk()
                .texts("ShipmentId")).containsExactly(ids.get(0), ids.get(1));
        assertThat(mws.call("ListInboundShipments", "ShipmentIdList.member.1", ids.get(1)).assertOk()
                .texts("ShipmentId")).containsExactly(ids.get(1));

        Instant now = sandbox.clock().instant();
        WebServiceClient.Response items = mws.call("ListInboundShipmentItems",
                "LastUpdatedAfter", now.minusSeconds(60).toString(), "LastUpdatedBefore", now.plusSeconds(1).toString())
                .assertOk();
        assertThat(items.texts("SellerSKU")).containsExactly(listings.get(0).sellerSku(), listings.get(1).sellerSku());
        WebServiceClient.Response moreItems = mws.call("ListInboundShipmentItemsByNextToken",
                "NextToken", items.text("NextToken")).assertOk();
        assertThat(moreItems.texts("SellerSKU")).containsExactly(listings.get(2).sellerSku());
        assertThat(moreItems.texts("QuantityShipped")).containsExactly("5");
        assertThat(moreItems.texts("QuantityReceived")).containsExactly("0");

        mws.call("ListInboundShipmentsByNextToken", "NextToken", items.text("NextToken"))
                .assertError(400, "InvalidParameterValue");
    }

    @Test
    void partneredTransportIsEstimatedConfirmedAndVoidedWithinItsWindowAndLabelsArriveAsAZippedPdf()
            throws IOException {
        Listing listing = fba().get(0);
        WebServiceClient.Response plan = mws.call("CreateInboundShipmentPlan", planRequest(List.of(listing), 10))
                .assertOk();
        String id = plan.text("ShipmentId");
        mws.call("CreateInboundShipment", createRequest(id, plan.text("DestinationFulfillmentCenterId"), "WORKING",
                listing.sellerSku(), 10)).assertOk();

        mws.call("EstimateTransportRequest", "ShipmentId", id).assertError(400, "InvalidRequestException");
        String box = "TransportDetails.PartneredSmallParcelData.PackageList.member.";
        WebServiceClient.Response put = mws.call("PutTransportContent", "ShipmentId", id, "IsPartnered", "true",
                "ShipmentType", "SP",
                box + "1.Dimensions.Unit", "inches", box + "1.Dimensions.Length", "12", box + "1.Dimensions.Width",
                "10", box + "1.Dimensions.Height", "8", box + "1.Weight.Unit", "pounds", box + "1.Weight.Value", "10",
                box + "2.Dimensions.Unit", "inches", box + "2.Dimensions.Length", "12", box + "2.Dimensions.Width",
                "10", box + "2.Dimensions.Height", "8", box + "2.Weight.Unit", "pounds", box + "2.Weight.Value", "6")
                .assertOk();
        assertThat(put.text("TransportStatus")).isEqualTo("WORKING");
        mws.call("ConfirmTransportRequest", "ShipmentId", id).assertError(400, "InvalidRequestException");

        assertThat(mws.call("EstimateTransportRequest", "ShipmentId", id).assertOk().text("TransportStatus"))
                .isEqualTo("ESTIMATING");
        assertThat(transport(id).text("TransportStatus")).isEqualTo("ESTIMATING");
        sandbox.advanceClock(Duration.ofMinutes(1));
        WebServiceClient.Response estimated = transport(id);
        assertThat(estimated.text("TransportStatus")).isEqualTo("ESTIMATED");
        // 2 boxes at 4.50 and 16 pounds at 0.55
        assertThat(estimated.texts("Value")).containsExactly("10", "6", "17.80");
        assertThat(estimated.text("CurrencyCode")).isEqualTo("USD");
        assertThat(estimated.texts("TrackingId")).isEmpty();

        assertThat(mws.call("ConfirmTransportRequest", "ShipmentId", id).assertOk().text("TransportStatus"))
                .isEqualTo("CONFIRMING");
        sandbox.advanceClock(Duration.ofMinutes(1));
        WebServiceClient.Response confirmed = transport(id);
        assertThat(confirmed.text("TransportStatus")).isEqualTo("CONFIRMED");
        assertThat(confirmed.texts("TrackingId")).hasSize(2).allMatch(t -> t.startsWith("1Z"));
        assertThat(confirmed.text("SellerId")).isEqualTo(MwsSandboxExtension.DEFAULT_SELLER_ID);
        Instant voidDeadline = Instant.parse(confirmed.text("VoidDeadline"));

        WebServiceClient.Response labels = mws.call("GetPackageLabels", "ShipmentId", id,
                "PageType", "PackageLabel_Letter_2").assertOk();
        byte[] zip = Base64.getDecoder().decode(labels.text("PdfDocument"));
        assertThat(labels.text("Checksum")).isEqualTo(md5(zip));
        String pdf = unzipOnlyEntry(zip);
        assertThat(pdf).startsWith("%PDF-1.4").contains("Box 2 of 2").contains(id + "U002")
                .contains(plan.text("DestinationFulfillmentCenterId"));
        mws.call("GetPackageLabels", "ShipmentId", id, "PageType", "Letter")
                .assertError(400, "InvalidParameterValue");
        WebServiceClient.Response unique = mws.call("GetUniquePackageLabels", "ShipmentId", id,
                "PageType", "PackageLabel_Thermal", "PackageLabelsToPrint.member.1", id + "U002").assertOk();
        byte[] uniqueZip = Base64.getDecoder().decode(unique.text("PdfDocument"));
        assertThat(unique.text("Checksum")).isEqualTo(md5(uniqueZip));
        assertThat(unzipOnlyEntry(uniqueZip)).contains("Box 1 of 1").contains(id + "U002");
        mws.call("GetUniquePackageLabels", "ShipmentId", id, "PageType", "PackageLabel_Thermal",
                "PackageLabelsToPrint.member.1", "FBA000000000U001").assertError(400, "InvalidParameterValue");

        assertThat(mws.call("VoidTransportRequest", "ShipmentId", id).assertOk().text("TransportStatus"))
                .isEqualTo("VOIDING");
        sandbox.advanceClock(Duration.ofMinutes(1));
        assertThat(transport(id).text("TransportStatus")).isEqualTo("VOIDED");

        // Confirm again, then let the void window pass: voiding is refused.
        mws.call("EstimateTransportRequest", "ShipmentId", id).assertError(400, "InvalidRequestException");
        mws.call("PutTransportContent", "ShipmentId", id, "IsPartnered", "true", "ShipmentType", "SP",
                box + "1.Dimensions.Length", "12", box + "1.Dimensions.Width", "10", box + "1.Dimensions.Height", "8",
                box + "1.Weight.Value", "4").assertOk();
        mws.call("EstimateTransportRequest", "ShipmentId", id).assertOk();
        sandbox.advanceClock(Duration.ofMinutes(1));
        mws.call("ConfirmTransportRequest", "ShipmentId", id).assertOk();
        sandbox.advanceClock(Duration.ofHours(25));
        assertThat(sandbox.clock().instant()).isAfter(voidDeadline);
        mws.call("VoidTransportRequest", "ShipmentId", id).assertError(400, "InvalidRequestException");
    }

    @Test
    void refusesWhatMwsRefused() {
        Listing listing = fba().get(0);
        assertThat(mws.call("CreateInboundShipmentPlan", planRequest(List.of(listing), 0))
                .assertError(400, "InvalidParameterValue").text("Message"))
                .contains("InboundShipmentPlanRequestItems.member.1.Quantity");
        List<String> unknown = new ArrayList<>(address());
        unknown.addAll(List.of("InboundShipmentPlanRequestItems.member.1.SellerSKU", "NO-SUCH-SKU",
                "InboundShipmentPlanRequestItems.member.1.Quantity", "1"));
        assertThat(mws.call("CreateInboundShipmentPlan", unknown.toArray(String[]::new))
                .assertError(400, "InvalidParameterValue").text("Message"))
                .contains("InboundShipmentPlanRequestItems.member.1.SellerSKU").contains("NO-SUCH-SKU");
        mws.call("CreateInboundShipment", createRequest("FBA000000000", "RNO1", "WORKING", listing.sellerSku(), 1))
                .assertError(400, "InvalidRequestException");
        mws.call("ListInboundShipments").assertError(400, "MissingParameter");
        mws.call("ListInboundShipments", "ShipmentStatusList.member.1", "LOST")
                .assertError(400, "InvalidParameterValue");
        mws.call("ListInboundShipments", "ShipmentStatusList.member.1", "WORKING",
                "LastUpdatedAfter", "2020-01-01T00:00:00Z").assertError(400, "MissingParameter");
        mws.call("ListInboundShipmentItems").assertError(400, "MissingParameter");
        mws.call("GetTransportContent", "ShipmentId", "FBA404").assertError(400, "InvalidRequestException");

        WebServiceClient.Response plan = mws.call("CreateInboundShipmentPlan", planRequest(List.of(listing), 3))
                .assertOk();
        String id = plan.text("ShipmentId");
        mws.call("CreateInboundShipment", createRequest(id, "XXX1", "WORKING", listing.sellerSku(), 3))
                .assertError(400, "InvalidParameterValue");
        mws.call("CreateInboundShipment", createRequest(id, plan.text("DestinationFulfillmentCenterId"), "WORKING",
                listing.sellerSku(), 3)).assertOk();
        mws.call("CreateInboundShipment", createRequest(id, plan.text("DestinationFulfillmentCenterId"), "WORKING",
                listing.sellerSku(), 3)).assertError(400, "InvalidRequestException");
        assertThat(mws.call("PutTransportContent", "ShipmentId", id, "IsPartnered", "false", "ShipmentType", "LTL")
                .assertError(400, "MissingParameter").text("Message"))
                .contains("TransportDetails.NonPartneredLtlData.CarrierName");

        WebServiceClient.Response preorder = mws.call("GetPreorderInfo", "ShipmentId", id).assertOk();
        assertThat(preorder.text("ShipmentContainsPreorderableItems")).isEqualTo("false");
        assertThat(preorder.texts("NeedByDate")).isEmpty();
        mws.call("ConfirmPreorder", "ShipmentId", id, "NeedByDate", "2030-01-01")
                .assertError(400, "InvalidRequestException");
        mws.call("ConfirmPreorder", "ShipmentId", id, "NeedByDate", "soon").assertError(400, "InvalidParameterValue");
        // Without LTL transport content the shipment is not one pallets are labelled for (see InboundLtlTest).
        mws.call("GetPalletLabels", "ShipmentId", id, "PageType", "PackageLabel_Letter_4", "NumberOfPallets", "1")
                .assertError(400, "InvalidOperation");
    }

    @Test
    void unitsShippedAreInboundSupplyAndReceivedUnitsJoinTheFbaInventory() {
        WebServiceClient inventory = WebServiceClient.section(sandbox, "FulfillmentInventory", "2010-10-01",
                "http://mws.amazonaws.com/FulfillmentInventory/2010-10-01/");
        // A SKU with no restock of the simulated seller's own on its way, so only our shipment moves its supply.
        Listing listing = null;
        int inStock = -1;
        for (Listing candidate : fba()) {
            int[] supply = supply(inventory, candidate);
            if (supply[0] == supply[1] && supply[1] < GuidanceHandler.SLOW_MOVING) {
                listing = candidate;
                inStock = supply[0];
                break;
            }
        }
        assertThat(listing).isNotNull();
        assertThat(guidance(listing)).containsExactly("InboundOK", "NoApplicableGuidance");
        WebServiceClient.Response plan = mws.call("CreateInboundShipmentPlan", planRequest(List.of(listing), 150))
                .assertOk();
        String id = plan.text("ShipmentId");
        mws.call("CreateInboundShipment", createRequest(id, plan.text("DestinationFulfillmentCenterId"), "WORKING",
                listing.sellerSku(), 150)).assertOk();
        assertThat(supply(inventory, listing)).containsExactly(inStock, inStock);

        mws.call("UpdateInboundShipment", "ShipmentId", id, "InboundShipmentHeader.ShipmentStatus", "SHIPPED")
                .assertOk();
        assertThat(supply(inventory, listing)).containsExactly(inStock, inStock + 150);
        // Amazon now holds (or expects) enough of it: more is not wanted.
        assertThat(guidance(listing)).containsExactly("InboundNotRecommended", "SlowMovingASIN");
        sandbox.advanceClock(Duration.ofDays(7));
        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(supply(inventory, listing)).containsExactly(inStock + 150, inStock + 150);

        WebServiceClient.Response byAsin = mws.call("GetInboundGuidanceForASIN", "MarketplaceId", US,
                "ASINList.Id.1", listing.asin(), "ASINList.Id.2", "B0INVALIDX").assertOk();
        assertThat(byAsin.texts("InboundGuidance")).containsExactly("InboundNotRecommended");
        assertThat(byAsin.texts("ErrorReason")).containsExactly("InvalidASIN");
        mws.call("GetInboundGuidanceForSKU", "SellerSKUList.Id.1", listing.sellerSku())
                .assertError(400, "MissingParameter");
    }

    private List<String> guidance(Listing listing) {
        WebServiceClient.Response response = mws.call("GetInboundGuidanceForSKU", "MarketplaceId", US,
                "SellerSKUList.Id.1", listing.sellerSku(), "SellerSKUList.Id.2", "NO-SUCH-SKU").assertOk();
        assertThat(response.texts("ErrorReason")).containsExactly("DoesNotExist");
        return List.of(response.text("InboundGuidance"), response.text("GuidanceReason"));
    }

    @Test
    void prepInstructionsNameTheSellersSkusAndAsinsAndListUnknownOnesAsInvalid() {
        Listing listing = fba().get(0);
        WebServiceClient.Response bySku = mws.call("GetPrepInstructionsForSKU", "ShipToCountryCode", "US",
                "SellerSKUList.Id.1", listing.sellerSku(), "SellerSKUList.Id.2", "NO-SUCH-SKU").assertOk();
        assertThat(bySku.texts("SellerSKU")).containsExactly(listing.sellerSku(), "NO-SUCH-SKU");
        assertThat(bySku.texts("ASIN")).containsExactly(listing.asin());
        assertThat(bySku.texts("ErrorReason")).containsExactly("DoesNotExist");
        assertThat(bySku.text("BarcodeInstruction")).isIn("RequiresFNSKULabel", "CanUseOriginalBarcode");
        List<String> instructions = bySku.texts("PrepInstruction");
        assertThat(bySku.text("PrepGuidance"))
                .isEqualTo(instructions.isEmpty() ? "NoAdditionalPrepRequired" : "SeePrepInstructionsList");

        WebServiceClient.Response byAsin = mws.call("GetPrepInstructionsForASIN", "ShipToCountryCode", "US",
                "ASINList.Id.1", listing.asin(), "ASINList.Id.2", "B0INVALIDX").assertOk();
        assertThat(byAsin.texts("ASIN")).containsExactly(listing.asin(), "B0INVALIDX");
        assertThat(byAsin.texts("ErrorReason")).containsExactly("InvalidASIN");
        // The same product needs the same preparation whichever way it is asked for.
        assertThat(byAsin.texts("PrepInstruction")).isEqualTo(instructions.isEmpty() ? List.of()
                : instructions.subList(0, instructions.size() / 2));

        mws.call("GetPrepInstructionsForSKU", "SellerSKUList.Id.1", listing.sellerSku())
                .assertError(400, "MissingParameter");
        mws.call("GetPrepInstructionsForASIN", "ShipToCountryCode", "US").assertError(400, "MissingParameter");
    }

    /** InStockSupplyQuantity and TotalSupplyQuantity of the listing. */
    private static int[] supply(WebServiceClient inventory, Listing listing) {
        WebServiceClient.Response response = inventory.call("ListInventorySupply", "MarketplaceId", US,
                "SellerSkus.member.1", listing.sellerSku()).assertOk();
        return new int[] {Integer.parseInt(response.text("InStockSupplyQuantity")),
                Integer.parseInt(response.text("TotalSupplyQuantity"))};
    }

    private List<Listing> fba() {
        return sandbox.listings().inMarketplace(US).stream().filter(Listing::amazonFulfilled).toList();
    }

    private String status(String shipmentId) {
        return mws.call("ListInboundShipments", "ShipmentIdList.member.1", shipmentId).assertOk()
                .text("ShipmentStatus");
    }

    private int received(String shipmentId) {
        return Integer.parseInt(mws.call("ListInboundShipmentItems", "ShipmentId", shipmentId).assertOk()
                .text("QuantityReceived"));
    }

    private WebServiceClient.Response transport(String id) {
        return mws.call("GetTransportContent", "ShipmentId", id).assertOk();
    }

    private static List<String> address() {
        return List.of("ShipFromAddress.Name", "Seller Warehouse", "ShipFromAddress.AddressLine1", "1 Main St",
                "ShipFromAddress.City", "Seattle", "ShipFromAddress.StateOrProvinceCode", "WA",
                "ShipFromAddress.CountryCode", "US", "ShipFromAddress.PostalCode", "98101");
    }

    static String[] planRequest(List<Listing> listings, int quantity) {
        List<String> parameters = new ArrayList<>(address());
        for (int i = 0; i < listings.size(); i++) {
            String member = "InboundShipmentPlanRequestItems.member." + (i + 1) + ".";
            parameters.addAll(List.of(member + "SellerSKU", listings.get(i).sellerSku(),
                    member + "Quantity", Integer.toString(quantity)));
        }
        return parameters.toArray(String[]::new);
    }

    static String[] createRequest(String id, String centre, String status, String sku, int quantity) {
        List<String> parameters = new ArrayList<>(List.of("ShipmentId", id,
                "InboundShipmentHeader.ShipmentName", "Spring restock",
                "InboundShipmentHeader.DestinationFulfillmentCenterId", centre,
                "InboundShipmentHeader.LabelPrepPreference", "SELLER_LABEL",
                "InboundShipmentHeader.ShipmentStatus", status,
                "InboundShipmentItems.member.1.SellerSKU", sku,
                "InboundShipmentItems.member.1.QuantityShipped", Integer.toString(quantity)));
        for (String field : address()) {
            parameters.add(field.startsWith("ShipFromAddress") ? "InboundShipmentHeader." + field : field);
        }
        return parameters.toArray(String[]::new);
    }

    private static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unzipOnlyEntry(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry).isNotNull();
            assertThat(entry.getName()).endsWith(".pdf");
            String pdf = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(in.getNextEntry()).isNull();
            return pdf;
        }
    }
}
