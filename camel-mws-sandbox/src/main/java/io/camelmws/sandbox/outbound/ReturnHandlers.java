package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.response.XmlWriter;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.StableRandom;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ListReturnReasonCodes and CreateFulfillmentReturn. A return is one unit of an item a shipment of the order
 * carried; each item is either authorised (ReturnItemList, with the centre it goes back to in
 * ReturnAuthorizationList) or refused with its reason (InvalidReturnItemList: InvalidValues, DuplicateRequest,
 * NoCompletedShipItems, NoReturnableQuantity), in one answer.
 */
final class ReturnHandlers {

    /** Return reason codes MCF offered for every product, with their description. */
    static final Map<String, String> REASON_CODES = new java.util.LinkedHashMap<>();

    static {
        REASON_CODES.put("UNWANTED_ITEM", "No longer needed or wanted");
        REASON_CODES.put("DEFECTIVE", "Item is defective or does not work");
        REASON_CODES.put("NOT_AS_DESCRIBED", "Item is not as described");
        REASON_CODES.put("ORDERED_WRONG_ITEM", "Ordered the wrong item");
        REASON_CODES.put("DAMAGED_BY_CARRIER", "Item arrived damaged");
        REASON_CODES.put("MISSED_ESTIMATED_DELIVERY", "Item arrived too late");
    }

    /** German descriptions, for Language=de_DE. */
    private static final Map<String, String> GERMAN = Map.of(
            "UNWANTED_ITEM", "Wird nicht mehr benötigt", "DEFECTIVE", "Artikel ist defekt",
            "NOT_AS_DESCRIBED", "Artikel entspricht nicht der Beschreibung",
            "ORDERED_WRONG_ITEM", "Falschen Artikel bestellt", "DAMAGED_BY_CARRIER", "Artikel kam beschädigt an",
            "MISSED_ESTIMATED_DELIVERY", "Artikel kam zu spät an");

    private final FulfillmentOrders orders;
    private final FbaStock stock;

    ReturnHandlers(FulfillmentOrders orders, FbaStock stock) {
        this.orders = orders;
        this.stock = stock;
    }

    SandboxResponse reasonCodes(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        Marketplace marketplace = OutboundRequests.marketplace(parameters);
        String sku = parameters.required("SellerSKU");
        if (parameters.optional("SellerFulfillmentOrderId") != null) {
            OutboundRequests.order(orders, call);
        }
        if (stock.listing(marketplace.marketplaceId(), sku).isEmpty()) {
            throw new OperationFailure(MwsErrors.invalidParameterValue("SellerSKU", sku,
                    "the SKU of one of the seller's Amazon-fulfilled listings in " + marketplace.marketplaceId()));
        }
        boolean german = "de_DE".equals(parameters.optional("Language"));
        return WebServiceResponses.result(call, xml -> xml.members("ReasonCodeDetailsList",
                List.copyOf(REASON_CODES.keySet()), code -> xml.element("ReturnReasonCode", code)
                        .element("Description", REASON_CODES.get(code))
                        .element("TranslatedDescription", german ? GERMAN.get(code) : null)));
    }

    private record Refusal(String returnItemId, String itemId, String code, String description) {
    }

    SandboxResponse createReturn(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        FulfillmentOrder current = OutboundRequests.order(orders, call);
        List<WebServiceParameters> requested = OutboundRequests.items(parameters);
        Instant now = call.now();
        List<ReturnItem> created = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        orders.update(current.id(), order -> {
            created.clear();
            refused.clear();
            List<PlannedShipment> shipments = order.shippedAt() != null && !now.isBefore(order.shippedAt())
                    && order.cancelledAt() == null ? PlannedShipment.of(order, stock.seed()) : List.of();
            Set<String> returnIds = new HashSet<>();
            order.returns().forEach(item -> returnIds.add(item.sellerReturnItemId()));
            List<ReturnItem> all = new ArrayList<>(order.returns());
            StableRandom random = new StableRandom(stock.seed(), order.id() + "|" + order.returns().size(), "rma");
            String authorization = random.alphanumeric(10);
            String rma = "D" + random.alphanumeric(8) + "RMA";
            for (WebServiceParameters item : requested) {
                String returnId = OutboundRequests.id(item, "SellerReturnItemId");
                String itemId = item.required("SellerFulfillmentOrderItemId");
                String shipmentId = item.required("AmazonShipmentId");
                String reason = item.required("ReturnReasonCode");
                PlannedShipment shipment = shipments.stream()
                        .filter(s -> s.amazonShipmentId().equals(shipmentId)).findFirst().orElse(null);
                OrderLine line = shipment == null ? null : shipment.lines().stream()
                        .filter(l -> l.itemId().equals(itemId)).findFirst().orElse(null);
                if (!returnIds.add(returnId)) {
                    refused.add(new Refusal(returnId, itemId, "DuplicateRequest",
                            "There are duplicate return requests for this item."));
                } else if (shipments.isEmpty()) {
                    refused.add(new Refusal(returnId, itemId, "NoCompletedShipItems",
                            "The order has no shipped items to return."));
                } else if (line == null || !REASON_CODES.containsKey(reason)) {
                    refused.add(new Refusal(returnId, itemId, "InvalidValues", line == null
                            ? "Shipment " + shipmentId + " did not carry item " + itemId + "."
                            : "ReturnReasonCode " + reason + " is not one ListReturnReasonCodes offers."));
                } else if (all.stream().filter(r -> r.itemId().equals(itemId)
                        && r.amazonShipmentId().equals(shipmentId)).count() >= line.quantity()) {
                    refused.add(new Refusal(returnId, itemId, "NoReturnableQuantity",
                            "Every shipped unit of this item is being returned already."));
                } else {
                    ReturnItem added = new ReturnItem(returnId, itemId, shipmentId, reason,
                            item.optional("ReturnComment"), authorization, shipment.centre().id(), rma, now);
                    created.add(added);
                    all.add(added);
                }
            }
            return created.isEmpty() ? order : order.withReturns(created);
        });
        return WebServiceResponses.result(call, xml -> {
            xml.members("ReturnItemList", created, item -> OrderDetails.returnItem(xml, item, now));
            xml.members("InvalidReturnItemList", refused, refusal -> xml
                    .element("SellerReturnItemId", refusal.returnItemId())
                    .element("SellerFulfillmentOrderItemId", refusal.itemId())
                    .start("InvalidItemReason")
                    .element("InvalidItemReasonCode", refusal.code())
                    .element("Description", refusal.description())
                    .end("InvalidItemReason"));
            xml.members("ReturnAuthorizationList", created.isEmpty() ? List.of() : List.of(created.get(0)),
                    item -> OrderDetails.authorization(xml, item));
        });
    }
}
