package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.response.XmlWriter;
import java.time.Instant;

/**
 * GetTransportContent's TransportDetails of an LTL shipment: PartneredLtlData or NonPartneredLtlData. The elements
 * and their order are those of the PartneredLtlDataOutput and NonPartneredLtlDataOutput tables of the MWS
 * FBAInbound_Datatypes reference (the client libraries' sample answers show only small parcels); Contact, Pallet,
 * Dimensions, Weight and Amount are written as their datatypes list their fields.
 */
final class LtlXml {

    private LtlXml() {
    }

    static void write(XmlWriter xml, Transport transport, Instant now, String currency) {
        if (!transport.isPartnered()) {
            xml.start("NonPartneredLtlData").element("CarrierName", transport.carrierName())
                    .element("ProNumber", transport.proNumber()).end("NonPartneredLtlData");
            return;
        }
        PartneredLtl freight = transport.partneredLtl();
        xml.start("PartneredLtlData");
        freight.contact().write(xml, "Contact");
        xml.element("BoxCount", Integer.toString(freight.boxCount()))
                .element("SellerFreightClass", freight.sellerFreightClass())
                .element("FreightReadyDate", freight.freightReadyDate().toString());
        xml.members("PalletList", freight.pallets(), pallet -> {
            xml.start("Dimensions").element("Unit", pallet.unit())
                    .element("Length", pallet.length().toPlainString())
                    .element("Width", pallet.width().toPlainString())
                    .element("Height", pallet.height().toPlainString()).end("Dimensions");
            if (pallet.weight() != null) {
                weight(xml, "Weight", pallet.weight());
            }
            xml.element("IsStacked", Boolean.toString(pallet.isStacked()));
        });
        weight(xml, "TotalWeight", freight.totalWeight());
        if (freight.sellerDeclaredValue() != null) {
            money(xml, "SellerDeclaredValue", freight.sellerDeclaredValue());
        }
        money(xml, "AmazonCalculatedValue", freight.amazonCalculatedValue());
        xml.element("PreviewPickupDate", InboundXml.date(freight.previewPickupDate()))
                .element("PreviewDeliveryDate", InboundXml.date(freight.previewDeliveryDate()))
                .element("PreviewFreightClass", freight.previewFreightClass())
                .element("AmazonReferenceId", freight.amazonReferenceId())
                .element("IsBillOfLadingAvailable", Boolean.toString(billOfLadingAvailable(transport, now)));
        TransportHandlers.writeEstimate(xml, transport, now, currency);
        xml.element("CarrierName", transport.carrierName()).end("PartneredLtlData");
    }

    /** The carrier's bill of lading exists once Amazon has confirmed the partnered LTL request (and until voided). */
    static boolean billOfLadingAvailable(Transport transport, Instant now) {
        return transport.isPartnered() && transport.isLtl() && "CONFIRMED".equals(transport.status(now));
    }

    private static void weight(XmlWriter xml, String element, PartneredLtl.Weight weight) {
        xml.start(element).element("Unit", weight.unit()).element("Value", weight.value().toPlainString())
                .end(element);
    }

    private static void money(XmlWriter xml, String element, PartneredLtl.Money money) {
        xml.start(element).element("CurrencyCode", money.currencyCode())
                .element("Value", money.value().toPlainString()).end(element);
    }
}
