package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.outbound.FulfillmentCenter;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.PdfDocument;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The TransportDocument every printable answer of the section carries (package and pallet labels, bills of lading):
 * one Letter-size PDF inside a ZIP file, base64 in PdfDocument, with Checksum the base64 MD5 of the ZIP file, as the
 * documentation's "Extracting PDF document data" page described it.
 */
final class TransportDocuments {

    private TransportDocuments() {
    }

    /** The shipment's name, where it leaves from and the fulfilment centre it goes to: the head of every document. */
    static List<String> heading(InboundShipment shipment, String title) {
        FulfillmentCenter centre = FulfillmentCenter.byId(shipment.destinationFulfillmentCenterId());
        List<String> lines = new ArrayList<>();
        lines.add(title + " " + shipment.id() + " - " + shipment.name());
        lines.add("SHIP FROM: " + shipment.shipFrom().get("Name") + ", " + shipment.shipFrom().get("AddressLine1")
                + ", " + shipment.shipFrom().get("City") + " " + shipment.shipFrom().get("CountryCode"));
        lines.add("SHIP TO: Amazon " + centre.id() + ", " + centre.line1() + ", " + centre.city() + " "
                + centre.stateOrProvinceCode() + " " + centre.postalCode() + " " + centre.countryCode());
        return lines;
    }

    /** The answer: {@code lines} printed on one page, zipped as {@code fileName}. */
    static SandboxResponse answer(OperationCall call, String fileName, List<String> lines) {
        byte[] zip = PdfDocument.zip(fileName, PdfDocument.of(612, 792, lines));
        return WebServiceResponses.result(call, xml -> xml.start("TransportDocument")
                .element("PdfDocument", Base64.getEncoder().encodeToString(zip))
                .element("Checksum", PdfDocument.md5Base64(zip))
                .end("TransportDocument"));
    }
}
