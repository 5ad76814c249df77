package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.orders.Listing;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code Items.member.n} of CreateFulfillmentOrder into order lines and decides, against the FBA stock,
 * how many units of each Amazon can ship under the order's FulfillmentPolicy: FillOrKill ships nothing unless every
 * line can be filled, FillAll and FillAllAvailable ship what is there.
 */
final class OrderLines {

    private OrderLines() {
    }

    static List<OrderLine> read(WebServiceParameters parameters, String marketplaceId, String policy, FbaStock stock,
                                String orderId) {
        List<OrderLine> lines = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        boolean anyShort = false;
        int total = 0;
        for (WebServiceParameters item : OutboundRequests.items(parameters)) {
            String sku = item.required("SellerSKU");
            String itemId = OutboundRequests.id(item, "SellerFulfillmentOrderItemId");
            if (!itemIds.add(itemId)) {
                throw new OperationFailure(MwsErrors.invalidRequestException("Value " + itemId + " for parameter "
                        + item.fullName("SellerFulfillmentOrderItemId") + " is invalid: every item of an order "
                        + "needs its own SellerFulfillmentOrderItemId."));
            }
            item.required("Quantity");
            int quantity = item.integer("Quantity", 0, 0, 999_999);
            Listing listing = stock.listing(marketplaceId, sku).orElseThrow(() -> new OperationFailure(
                    MwsErrors.invalidRequestException("Value " + sku + " for parameter " + item.fullName("SellerSKU")
                            + " is invalid: the seller has no Amazon-fulfilled listing of it in marketplace "
                            + marketplaceId + ".")));
            int available = stock.available(listing, orderId);
            int unfulfillable = Math.max(0, quantity - available);
            anyShort |= unfulfillable > 0;
            total += quantity;
            lines.add(new OrderLine(sku, itemId, quantity, unfulfillable, item.optional("GiftMessage"),
                    item.optional("DisplayableComment"), stock.fnsku(listing),
                    Amount.read(item, "PerUnitDeclaredValue"), Amount.read(item, "PerUnitPrice"),
                    Amount.read(item, "PerUnitTax")));
        }
        if (total == 0) {
            // The real answer (lineofflight/peddler#68), parameter name left empty as MWS left it.
            throw new OperationFailure(MwsErrors.invalidRequestException(
                    "Value AllQuantityZero for parameter  is invalid."));
        }
        if (anyShort && "FillOrKill".equals(policy)) {
            return lines.stream().map(line -> new OrderLine(line.sellerSku(), line.itemId(), line.quantity(),
                    line.quantity(), line.giftMessage(), line.displayableComment(), line.fnsku(),
                    line.perUnitDeclaredValue(), line.perUnitPrice(), line.perUnitTax())).toList();
        }
        return lines;
    }
}
