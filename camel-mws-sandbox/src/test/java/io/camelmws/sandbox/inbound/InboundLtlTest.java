package io.camelmws.sandbox.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.TestSandboxes;
import io.camelmws.sandbox.support.WebServiceClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Less-than-truckload transport over HTTP: PartneredLtlData put, estimated, confirmed and voided within its one-hour
 * window on the simulated clock; pallet labels and the bill of lading as zipped PDFs; the requests MWS refused.
 */
class InboundLtlTest {

    private static final String US = "ATVPDKIKX0DER";
    private static final String LTL = "TransportDetails.PartneredLtlData.";

    private MwsSandbox sandbox;
    private WebServiceClient mws;

    @BeforeEach
    void start() {
        sandbox = TestSandboxes.withDefaultCredentials()
                .throttling(false).orders(0).newOrdersPerHour(0)
                .build().start();
        mws = WebServiceClient.section(sandbox, "FulfillmentInboundShipment", "2010-10-01", InboundLifecycleTest.NS);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void partneredLtlIsEstimatedConfirmedAndItsBillOfLadingAndPalletLabelsArriveAsZippedPdfs() throws IOException {
        Listing listing = fba().get(0);
        String id = shipment(listing, 40);
        LocalDate ready = today().plusDays(3);

        assertThat(mws.call("PutTransportContent", ltl(id, ready, pallets(2, "400"))).assertOk()
                .text("TransportStatus")).isEqualTo("WORKING");
        WebServiceClient.Response working = transport(id);
        assertThat(working.text("ShipmentType")).isEqualTo("LTL");
        assertThat(working.text("IsPartnered")).isEqualTo("true");
        assertThat(working.text("Fax")).isEqualTo("+1 206 555 0101");
        assertThat(working.text("BoxCount")).isEqualTo("12");
        assertThat(working.text("FreightReadyDate")).isEqualTo(ready.toString());
        assertThat(working.texts("IsStacked")).containsExactly("false", "false");
        assertThat(working.text("SellerFreightClass")).isNull();
        // 800 pounds in two 40 x 48 x 50 inch pallets (111 cubic feet): 7.2 pounds a cubic foot is class 125.
        assertThat(working.text("PreviewFreightClass")).isEqualTo("125");
        assertThat(working.records("TotalWeight")).containsExactly(java.util.Map.of("Unit", "pounds", "Value", "800"));
        assertThat(working.records("AmazonCalculatedValue")).containsExactly(java.util.Map.of("CurrencyCode", "USD",
                "Value", listing.price().multiply(BigDecimal.valueOf(40)).setScale(2).toPlainString()));
        Instant pickup = ready.atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(Instant.parse(working.text("PreviewPickupDate"))).isEqualTo(pickup);
        assertThat(Instant.parse(working.text("PreviewDeliveryDate"))).isEqualTo(pickup.plus(Duration.ofDays(3)));
        String reference = working.text("AmazonReferenceId");
        assertThat(reference).matches("[0-9]{10}");
        assertThat(working.text("IsBillOfLadingAvailable")).isEqualTo("false");
        assertThat(working.text("PartneredEstimate")).isNull();
        assertThat(working.text("CarrierName")).isEqualTo("OTHER");
        mws.call("GetBillOfLading", "ShipmentId", id).assertError(400, "InvalidRequestException");

        assertThat(mws.call("EstimateTransportRequest", "ShipmentId", id).assertOk().text("TransportStatus"))
                .isEqualTo("ESTIMATING");
        sandbox.advanceClock(Duration.ofMinutes(1));
        WebServiceClient.Response estimated = transport(id);
        assertThat(estimated.text("TransportStatus")).isEqualTo("ESTIMATED");
        // Two pallets at 85.00, and 800 pounds at 0.12 scaled by class 125.
        assertThat(estimated.records("Amount")).containsExactly(java.util.Map.of("CurrencyCode", "USD",
                "Value", "290.00"));

        Instant confirmFrom = sandbox.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(mws.call("ConfirmTransportRequest", "ShipmentId", id).assertOk().text("TransportStatus"))
                .isEqualTo("CONFIRMING");
        Instant confirmTo = sandbox.clock().instant();
        mws.call("GetBillOfLading", "ShipmentId", id).assertError(400, "InvalidRequestException");
        sandbox.advanceClock(Duration.ofMinutes(1));
        WebServiceClient.Response confirmed = transport(id);
        assertThat(confirmed.text("TransportStatus")).isEqualTo("CONFIRMED");
        assertThat(confirmed.text("IsBillOfLadingAvailable")).isEqualTo("true");
        // LTL's void window is one hour (the PartneredEstimate datatype), not small parcel's 24.
        Duration window = Duration.ofSeconds(30).plus(Duration.ofHours(1));
        assertThat(Instant.parse(confirmed.text("VoidDeadline")))
                .isBetween(confirmFrom.plus(window), confirmTo.plus(window));

        WebServiceClient.Response bill = mws.call("GetBillOfLading", "ShipmentId", id).assertOk();
        byte[] billZip = Base64.getDecoder().decode(bill.text("PdfDocument"));
        assertThat(bill.text("Checksum")).isEqualTo(WebServiceClient.md5(billZip));
        assertThat(unzipOnlyPdf(billZip)).startsWith("%PDF-1.4").contains("BILL OF LADING").contains(id)
                .contains("Bill of lading number " + reference).contains("Freight class 125")
                .contains("2 pallets, 12 boxes");

        WebServiceClient.Response labels = mws.call("GetPalletLabels", "ShipmentId", id,
                "PageType", "PackageLabel_Letter_4", "NumberOfPallets", "2").assertOk();
        byte[] labelsZip = Base64.getDecoder().decode(labels.text("PdfDocument"));
        assertThat(labels.text("Checksum")).isEqualTo(WebServiceClient.md5(labelsZip));
        String pdf = unzipOnlyPdf(labelsZip);
        // Four identical labels a pallet (FBAInbound_GetPalletLabels).
        assertThat(count(pdf, "Pallet 1 of 2")).isEqualTo(4);
        assertThat(count(pdf, "Pallet 2 of 2")).isEqualTo(4);
        assertThat(pdf).contains(id + "PLT002").contains(reference);

        assertThat(mws.call("VoidTransportRequest", "ShipmentId", id).assertOk().text("TransportStatus"))
                .isEqualTo("VOIDING");
        sandbox.advanceClock(Duration.ofMinutes(1));
        WebServiceClient.Response voided = transport(id);
        assertThat(voided.text("TransportStatus")).isEqualTo("VOIDED");
        assertThat(voided.text("IsBillOfLadingAvailable")).isEqualTo("false");
        mws.call("GetBillOfLading", "ShipmentId", id).assertError(400, "InvalidRequestException");

        // Put again and confirm; two hours later the one-hour void window has closed.
        mws.call("PutTransportContent", ltl(id, today().plusDays(2), pallets(1, "300"))).assertOk();
        mws.call("EstimateTransportRequest", "ShipmentId", id).assertOk();
        sandbox.advanceClock(Duration.ofMinutes(1));
        mws.call("ConfirmTransportRequest", "ShipmentId", id).assertOk();
        sandbox.advanceClock(Duration.ofHours(2));
        assertThat(transport(id).text("TransportStatus")).isEqualTo("CONFIRMED");
        mws.call("VoidTransportRequest", "ShipmentId", id).assertError(400, "InvalidRequestException");
    }

    @Test
    void aDeclaredClassValueAndMetricPalletsAreEchoedAndTheSellersOwnCarrierKeepsItsProNumber() throws IOException {
        String id = shipment(fba().get(0), 10);
        List<String> request = new ArrayList<>(List.of(ltl(id, today().plusDays(5), List.of())));
        request.addAll(List.of(LTL + "SellerFreightClass", "70",
                LTL + "PalletList.member.1.Dimensions.Unit", "centimeters",
                LTL + "PalletList.member.1.Dimensions.Length", "121.9",
                LTL + "PalletList.member.1.Dimensions.Width", "101.6",
                LTL + "PalletList.member.1.Dimensions.Height", "120",
                LTL + "PalletList.member.1.IsStacked", "true",
                LTL + "TotalWeight.Unit", "kilograms", LTL + "TotalWeight.Value", "250",
                LTL + "SellerDeclaredValue.CurrencyCode", "USD", LTL + "SellerDeclaredValue.Value", "1999.90"));
        mws.call("PutTransportContent", request.toArray(String[]::new)).assertOk();
        WebServiceClient.Response content = transport(id);
        assertThat(content.text("SellerFreightClass")).isEqualTo("70");
        assertThat(content.text("PreviewFreightClass")).isEqualTo("70");
        assertThat(content.records("TotalWeight")).containsExactly(java.util.Map.of("Unit", "kilograms",
                "Value", "250"));
        assertThat(content.records("SellerDeclaredValue")).containsExactly(java.util.Map.of("CurrencyCode", "USD",
                "Value", "1999.90"));
        assertThat(content.texts("Unit")).contains("centimeters");
        assertThat(content.text("IsStacked")).isEqualTo("true");

        // A carrier of the seller's own: no estimate, no bill of lading, but pallet labels.
        mws.call("PutTransportContent", "ShipmentId", id, "IsPartnered", "false", "ShipmentType", "LTL",
                "TransportDetails.NonPartneredLtlData.CarrierName", "OTHER",
                "TransportDetails.NonPartneredLtlData.ProNumber", "12345").assertError(400, "InvalidParameterValue");
        mws.call("PutTransportContent", "ShipmentId", id, "IsPartnered", "false", "ShipmentType", "LTL",
                "TransportDetails.NonPartneredLtlData.CarrierName", "OTHER",
                "TransportDetails.NonPartneredLtlData.ProNumber", "1234567890").assertOk();
        WebServiceClient.Response own = transport(id);
        assertThat(own.text("ProNumber")).isEqualTo("1234567890");
        assertThat(own.text("CarrierName")).isEqualTo("OTHER");
        assertThat(own.text("PartneredLtlData")).isNull();
        mws.call("EstimateTransportRequest", "ShipmentId", id).assertError(400, "InvalidRequestException");
        mws.call("GetBillOfLading", "ShipmentId", id).assertError(400, "TransportContentNotFound");
        WebServiceClient.Response labels = mws.call("GetPalletLabels", "ShipmentId", id,
                "PageType", "PackageLabel_Plain_Paper", "NumberOfPallets", "1").assertOk();
        assertThat(count(unzipOnlyPdf(Base64.getDecoder().decode(labels.text("PdfDocument"))), "Pallet 1 of 1"))
                .isEqualTo(4);
    }

    @Test
    void refusesWhatMwsRefusedNamingTheParameter() {
        String id = shipment(fba().get(0), 10);
        LocalDate ready = today().plusDays(2);
        assertThat(error(without(ltl(id, ready, pallets(1, "300")), LTL + "Contact.Fax"), "MissingParameter"))
                .contains(LTL + "Contact.Fax");
        assertThat(error(with(ltl(id, ready, pallets(1, "300")), LTL + "Contact.Phone", "+1 206 555 0100 ext 12"),
                "InvalidParameterValue")).contains(LTL + "Contact.Phone");
        assertThat(error(without(ltl(id, ready, pallets(1, "300")), LTL + "BoxCount"), "MissingParameter"))
                .contains(LTL + "BoxCount");
        assertThat(error(ltl(id, today().plusDays(1), pallets(1, "300")), "InvalidParameterValue"))
                .contains(LTL + "FreightReadyDate").contains(ready.toString());
        assertThat(error(with(ltl(id, ready, pallets(1, "300")), LTL + "FreightReadyDate", "2030/01/01"),
                "InvalidParameterValue")).contains("YYYY-MM-DD");
        assertThat(error(with(ltl(id, ready, pallets(1, "300")), LTL + "SellerFreightClass", "75"),
                "InvalidParameterValue")).contains(LTL + "SellerFreightClass").contains("77.5");
        assertThat(error(with(ltl(id, ready, pallets(1, "300")), LTL + "PalletList.member.1.Dimensions.Width", "40"),
                "InvalidParameterValue")).contains(LTL + "PalletList.member.1.Dimensions.Length");
        assertThat(error(with(ltl(id, ready, pallets(1, "300")), LTL + "PalletList.member.1.Dimensions.Height", "72"),
                "InvalidParameterValue")).contains(LTL + "PalletList.member.1.Dimensions.Height");
        assertThat(error(without(ltl(id, ready, pallets(1, "300")), LTL + "PalletList.member.1.IsStacked"),
                "MissingParameter")).contains(LTL + "PalletList.member.1.IsStacked");
        assertThat(error(ltl(id, ready, pallets(1, null)), "MissingParameter")).contains(LTL + "TotalWeight.Value");
        assertThat(error(ltl(id, ready, List.of()), "NoPackagesOrPallets")).contains(LTL + "PalletList");
        assertThat(error(with(with(ltl(id, ready, pallets(1, "300")), LTL + "SellerDeclaredValue.CurrencyCode", "EUR"),
                LTL + "SellerDeclaredValue.Value", "10"), "InvalidParameterValue"))
                .contains(LTL + "SellerDeclaredValue.CurrencyCode");
        assertThat(transportStatusOrNull(id)).isNull();

        // Pallet labels are for LTL shipments only: none without transport, and not for small parcels.
        mws.call("GetPalletLabels", "ShipmentId", id, "PageType", "PackageLabel_Letter_4", "NumberOfPallets", "1")
                .assertError(400, "InvalidOperation");
        String box = "TransportDetails.PartneredSmallParcelData.PackageList.member.1.";
        mws.call("PutTransportContent", "ShipmentId", id, "IsPartnered", "true", "ShipmentType", "SP",
                box + "Dimensions.Length", "12", box + "Dimensions.Width", "10", box + "Dimensions.Height", "8",
                box + "Weight.Value", "4").assertOk();
        mws.call("GetPalletLabels", "ShipmentId", id, "PageType", "PackageLabel_Letter_4", "NumberOfPallets", "1")
                .assertError(400, "InvalidOperation");
        mws.call("GetBillOfLading", "ShipmentId", id).assertError(400, "TransportContentNotFound");

        mws.call("PutTransportContent", ltl(id, ready, pallets(1, "300"))).assertOk();
        assertThat(mws.call("GetPalletLabels", "ShipmentId", id, "PageType", "Pallet_Letter", "NumberOfPallets", "1")
                .assertError(400, "InvalidParameterValue").text("Message")).contains("PageType");
        assertThat(mws.call("GetPalletLabels", "ShipmentId", id, "PageType", "PackageLabel_Letter_4",
                "NumberOfPallets", "0").assertError(400, "InvalidParameterValue").text("Message"))
                .contains("NumberOfPallets");
        assertThat(mws.call("GetPalletLabels", "ShipmentId", id, "PageType", "PackageLabel_Letter_4")
                .assertError(400, "MissingParameter").text("Message")).contains("NumberOfPallets");
        mws.call("GetBillOfLading").assertError(400, "MissingParameter");
        mws.call("GetBillOfLading", "ShipmentId", "FBA404").assertError(400, "InvalidRequestException");
    }

    private String error(String[] request, String code) {
        return mws.call("PutTransportContent", request).assertError(400, code).text("Message");
    }

    private String transportStatusOrNull(String id) {
        WebServiceClient.Response response = mws.call("GetTransportContent", "ShipmentId", id);
        return response.status() == 200 ? response.text("TransportStatus") : null;
    }

    /** A PutTransportContent of partnered LTL with every required field and {@code palletFields}. */
    static String[] ltl(String id, LocalDate ready, List<String> palletFields) {
        List<String> parameters = new ArrayList<>(List.of("ShipmentId", id, "IsPartnered", "true",
                "ShipmentType", "LTL",
                LTL + "Contact.Name", "Dock Manager", LTL + "Contact.Phone", "+1 206 555 0100",
                LTL + "Contact.Email", "dock@example.com", LTL + "Contact.Fax", "+1 206 555 0101",
                LTL + "BoxCount", "12", LTL + "FreightReadyDate", ready.toString()));
        parameters.addAll(palletFields);
        return parameters.toArray(String[]::new);
    }

    /** {@code count} standard 40 x 48 x 50 inch pallets, unstacked, each {@code pounds} heavy (or of no weight). */
    static List<String> pallets(int count, String pounds) {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String pallet = LTL + "PalletList.member." + i + ".";
            fields.addAll(List.of(pallet + "Dimensions.Unit", "inches", pallet + "Dimensions.Length", "40",
                    pallet + "Dimensions.Width", "48", pallet + "Dimensions.Height", "50",
                    pallet + "IsStacked", "false"));
            if (pounds != null) {
                fields.addAll(List.of(pallet + "Weight.Unit", "pounds", pallet + "Weight.Value", pounds));
            }
        }
        return fields;
    }

    private static String[] with(String[] request, String name, String value) {
        List<String> parameters = new ArrayList<>(List.of(without(request, name)));
        parameters.addAll(List.of(name, value));
        return parameters.toArray(String[]::new);
    }

    private static String[] without(String[] request, String name) {
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i + 1 < request.length; i += 2) {
            if (!request[i].equals(name)) {
                parameters.addAll(List.of(request[i], request[i + 1]));
            }
        }
        return parameters.toArray(String[]::new);
    }

    private String shipment(Listing listing, int quantity) {
        WebServiceClient.Response plan = mws.call("CreateInboundShipmentPlan",
                InboundLifecycleTest.planRequest(List.of(listing), quantity)).assertOk();
        String id = plan.text("ShipmentId");
        mws.call("CreateInboundShipment", InboundLifecycleTest.createRequest(id,
                plan.text("DestinationFulfillmentCenterId"), "WORKING", listing.sellerSku(), quantity)).assertOk();
        return id;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(sandbox.clock().instant(), ZoneOffset.UTC);
    }

    private List<Listing> fba() {
        return sandbox.listings().inMarketplace(US).stream().filter(Listing::amazonFulfilled).toList();
    }

    private WebServiceClient.Response transport(String id) {
        return mws.call("GetTransportContent", "ShipmentId", id).assertOk();
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private static String unzipOnlyPdf(byte[] zip) throws IOException {
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
