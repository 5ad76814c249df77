package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;
import io.camelmws.sandbox.webservice.MarketplaceLocale;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.Structure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.util.List;
import java.util.Set;

/** What the section's requests share: the marketplace, the address shape, the item lists, the closed values. */
final class OutboundRequests {

    /** Address of the 2010-10-01 outbound API: Line1..3 and StateOrProvinceCode (FBAOutbound_Datatypes). */
    static final Structure.Shape ADDRESS = new Structure.Shape(
            List.of("Name", "Line1", "Line2", "Line3", "DistrictOrCounty", "City", "StateOrProvinceCode",
                    "CountryCode", "PostalCode", "PhoneNumber"),
            Set.of("Name", "Line1", "StateOrProvinceCode", "CountryCode", "PostalCode"));

    static final List<String> ACTIONS = List.of("Ship", "Hold");
    static final List<String> POLICIES = List.of("FillOrKill", "FillAll", "FillAllAvailable");
    static final List<String> METHODS = List.of("Consumer", "Removal");
    static final int MAX_ITEMS = 250;
    static final int MAX_ID_LENGTH = 40;

    private OutboundRequests() {
    }

    /** MarketplaceId, or the seller's home marketplace when the request names none, as MWS did. */
    static Marketplace marketplace(WebServiceParameters parameters) {
        String id = parameters.optional("MarketplaceId");
        if (id == null) {
            id = parameters.optional("Marketplace");
        }
        if (id == null) {
            return Marketplaces.byId(MarketplaceLocale.DEFAULT.id()).orElseThrow();
        }
        String value = id;
        return Marketplaces.byId(id).orElseThrow(() -> new OperationFailure(MwsErrors.invalidParameterValue(
                "MarketplaceId", value, "a marketplace the seller participates in: " + Marketplaces.allowedIds())));
    }

    /** A required id of at most {@value #MAX_ID_LENGTH} characters. */
    static String id(WebServiceParameters parameters, String name) {
        String value = parameters.required(name);
        if (value.length() > MAX_ID_LENGTH) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(parameters.fullName(name), value,
                    "at most " + MAX_ID_LENGTH + " characters"));
        }
        return value;
    }

    /** The address in {@code name}, checked: a two-letter CountryCode. */
    static Structure address(WebServiceParameters parameters, String name) {
        WebServiceParameters fields = parameters.nested(name);
        if (!fields.present()) {
            throw new OperationFailure(MwsErrors.missingParameter(name + ".Name"));
        }
        Structure address = ADDRESS.read(fields);
        if (!address.get("CountryCode").matches("[A-Z]{2}")) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(fields.fullName("CountryCode"),
                    address.get("CountryCode"), "an ISO 3166 two-letter code such as US or GB"));
        }
        return address;
    }

    /** The members of {@code Items.member.n}, at least one. */
    static List<WebServiceParameters> items(WebServiceParameters parameters) {
        List<WebServiceParameters> items = parameters.members("Items.member", MAX_ITEMS);
        if (items.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter("Items.member.1.SellerSKU"));
        }
        return items;
    }

    /** ShippingSpeedCategory; ScheduledDelivery only in Japan, as the docs say. */
    static ShippingSpeed speed(WebServiceParameters parameters, String name, Marketplace marketplace) {
        boolean japan = "JP".equals(marketplace.countryCode());
        String value = parameters.oneOf(name, ShippingSpeed.values(true), null);
        if (value == null) {
            return null;
        }
        if (!japan && ShippingSpeed.SCHEDULED_DELIVERY.value().equals(value)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(parameters.fullName(name), value,
                    "Standard, Expedited or Priority (ScheduledDelivery is offered in Japan only)"));
        }
        return ShippingSpeed.of(value);
    }

    /** The order the request names, or InvalidRequestException as for an id MWS does not know. */
    static FulfillmentOrder order(FulfillmentOrders orders, OperationCall call) {
        String id = new WebServiceParameters(call.parameters()).required("SellerFulfillmentOrderId");
        return orders.find(id).orElseThrow(() -> new OperationFailure(MwsErrors.invalidRequestException(
                "Requested order '" + id + "' not found")));
    }
}
