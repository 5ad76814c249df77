package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.util.List;
import java.util.Set;

/** What the section's requests share: the ship-from address, the shipment a request names, the allowed values. */
final class InboundRequests {

    /** The Address of the section (AddressLine1, not Line1 as in the outbound section). */
    static final Structure.Shape ADDRESS = new Structure.Shape(
            List.of("Name", "AddressLine1", "AddressLine2", "City", "DistrictOrCounty", "StateOrProvinceCode",
                    "CountryCode", "PostalCode"),
            Set.of("Name", "AddressLine1", "City", "CountryCode"));

    static final List<String> LABEL_PREFERENCES = List.of("SELLER_LABEL", "AMAZON_LABEL_ONLY", "AMAZON_LABEL_PREFERRED");
    static final List<String> BOX_CONTENTS_SOURCES = List.of("NONE", "FEED", "2D_BARCODE");
    static final List<String> STATUSES = List.of("WORKING", "SHIPPED", "IN_TRANSIT", "DELIVERED", "CHECKED_IN",
            "RECEIVING", "CLOSED", "CANCELLED", "DELETED", "ERROR");

    private InboundRequests() {
    }

    static Structure address(WebServiceParameters parameters, String name) {
        WebServiceParameters fields = parameters.nested(name);
        if (!fields.present()) {
            throw new OperationFailure(MwsErrors.missingParameter(fields.fullName("Name")));
        }
        Structure address = ADDRESS.read(fields);
        if (!address.get("CountryCode").matches("[A-Z]{2}")) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(fields.fullName("CountryCode"),
                    address.get("CountryCode"), "an ISO 3166 two-letter code such as US or GB"));
        }
        return address;
    }

    /** The label type Amazon assigns for a LabelPrepPreference: the seller labels, or Amazon does for a fee. */
    static String labelPrepType(String preference) {
        return "SELLER_LABEL".equals(preference) ? "SELLER_LABEL" : "AMAZON_LABEL";
    }

    /** The shipment the request's ShipmentId names. */
    static InboundShipment shipment(InboundShipments shipments, WebServiceParameters parameters) {
        String id = parameters.required("ShipmentId");
        return shipments.find(id).orElseThrow(() -> new OperationFailure(MwsErrors.invalidRequestException(
                "Shipment " + id + " was not found for this seller.")));
    }

    static OperationFailure refused(String message) {
        return new OperationFailure(MwsErrors.invalidRequestException(message));
    }
}
