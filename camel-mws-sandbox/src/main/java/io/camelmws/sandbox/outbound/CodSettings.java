package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.util.List;

/**
 * The cash-on-delivery charges of a CreateFulfillmentOrder (CODSettings): whether the carrier collects, and the
 * charges and their taxes. Amazon's CreateFulfillmentOrder reference: "valid only in Japan (JP). Specifying
 * CODSettings in marketplaces other than Japan returns an error". The charges are in the marketplace's currency.
 * Element order as Amazon's 2010-10-01 Java client reads the CODSettings datatype.
 */
record CodSettings(boolean required, Amount codCharge, Amount codChargeTax, Amount shippingCharge,
                   Amount shippingChargeTax) {

    static final String PARAMETER = "CODSettings";
    private static final List<String> CHARGES = List.of("CODCharge", "CODChargeTax", "ShippingCharge",
            "ShippingChargeTax");

    /** The request's CODSettings, checked; {@code null} when it sent none. */
    static CodSettings read(WebServiceParameters parameters, Marketplace marketplace) {
        WebServiceParameters settings = parameters.nested(PARAMETER);
        if (!settings.present()) {
            return null;
        }
        if (!"JP".equals(marketplace.countryCode())) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(PARAMETER, marketplace.marketplaceId(),
                    "CODSettings only for orders in the Japan marketplace (A1VC38T7YXB528)"));
        }
        Boolean required = settings.bool("IsCODRequired");
        Amount[] charges = new Amount[CHARGES.size()];
        for (int i = 0; i < charges.length; i++) {
            charges[i] = Amount.read(settings, CHARGES.get(i));
            if (charges[i] != null && !marketplace.currencyCode().equals(charges[i].currencyCode())) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(
                        settings.nested(CHARGES.get(i)).fullName("CurrencyCode"), charges[i].currencyCode(),
                        marketplace.currencyCode() + ", the marketplace's currency"));
            }
        }
        return new CodSettings(Boolean.TRUE.equals(required), charges[0], charges[1], charges[2], charges[3]);
    }

    void write(XmlWriter xml) {
        xml.start(PARAMETER).element("IsCODRequired", Boolean.toString(required));
        OutboundXml.amount(xml, "CODCharge", codCharge);
        OutboundXml.amount(xml, "CODChargeTax", codChargeTax);
        OutboundXml.amount(xml, "ShippingCharge", shippingCharge);
        OutboundXml.amount(xml, "ShippingChargeTax", shippingChargeTax);
        xml.end(PARAMETER);
    }
}
