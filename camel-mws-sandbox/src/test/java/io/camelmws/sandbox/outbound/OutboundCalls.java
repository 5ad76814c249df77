package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.support.TestSandboxes;
import io.camelmws.sandbox.support.WebServiceClient;
import java.util.ArrayList;
import java.util.List;

/** A sandbox for the outbound tests, its client, and requests of the shape the official clients sent. */
final class OutboundCalls {

    static final String NS = "http://mws.amazonaws.com/FulfillmentOutboundShipment/2010-10-01/";
    static final String US = "ATVPDKIKX0DER";

    private OutboundCalls() {
    }

    static MwsSandbox start(int pageSize) {
        return TestSandboxes.withDefaultCredentials()
                .throttling(false).orders(0).fulfillmentOrdersPageSize(pageSize)
                .build().start();
    }

    static WebServiceClient client(MwsSandbox sandbox) {
        return WebServiceClient.section(sandbox, "FulfillmentOutboundShipment", "2010-10-01", NS);
    }

    /** US Amazon-fulfilled listings with at least {@code units} in stock. */
    static List<Listing> fba(MwsSandbox sandbox, int units) {
        return sandbox.listings().inMarketplace(US).stream()
                .filter(listing -> "AFN".equals(listing.fulfillmentChannel()) && listing.quantity() >= units)
                .toList();
    }

    /** An address in Seattle as name, value pairs under {@code prefix}. */
    static List<String> address(String prefix) {
        return List.of(prefix + ".Name", "Jane Adams", prefix + ".Line1", "123 Oak St.", prefix + ".City", "Seattle",
                prefix + ".StateOrProvinceCode", "WA", prefix + ".CountryCode", "US", prefix + ".PostalCode", "98101");
    }

    /** CreateFulfillmentOrder parameters for {@code id} with one line per listing, {@code quantity} each. */
    static String[] create(String id, List<Listing> listings, int quantity, String... extra) {
        List<String> parameters = new ArrayList<>(List.of("MarketplaceId", US, "SellerFulfillmentOrderId", id,
                "DisplayableOrderId", id, "DisplayableOrderDateTime", "2020-06-01T10:00:00Z",
                "DisplayableOrderComment", "Thank you for your order", "ShippingSpeedCategory", "Standard"));
        parameters.addAll(address("DestinationAddress"));
        for (int i = 0; i < listings.size(); i++) {
            String item = "Items.member." + (i + 1) + ".";
            parameters.addAll(List.of(item + "SellerSKU", listings.get(i).sellerSku(),
                    item + "SellerFulfillmentOrderItemId", id + "-" + (i + 1), item + "Quantity",
                    Integer.toString(quantity)));
        }
        parameters.addAll(List.of(extra));
        return parameters.toArray(new String[0]);
    }
}
