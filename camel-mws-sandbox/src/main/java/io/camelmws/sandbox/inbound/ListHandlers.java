package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.response.SandboxResponse;
import io.camelmws.sandbox.webservice.OffsetPages;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import io.camelmws.sandbox.webservice.WebServiceResponses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ListInboundShipments, ListInboundShipmentItems and their ByNextToken pages. Shipments are selected by
 * ShipmentStatusList and/or ShipmentIdList (one of them is required), optionally within LastUpdatedAfter and
 * LastUpdatedBefore (both or neither); items by ShipmentId or by the LastUpdated window. Both lists are in creation
 * order, a page at a time; NextToken carries the query and the offset.
 */
final class ListHandlers {

    static final String SHIPMENTS = "ListInboundShipments";
    static final String ITEMS = "ListInboundShipmentItems";
    private static final String STATUSES = "ShipmentStatusList.member";
    private static final String IDS = "ShipmentIdList.member";
    private static final String AFTER = "LastUpdatedAfter";
    private static final String BEFORE = "LastUpdatedBefore";

    private final InboundShipments shipments;
    private final int pageSize;

    ListHandlers(InboundShipments shipments, int pageSize) {
        this.shipments = shipments;
        this.pageSize = pageSize;
    }

    SandboxResponse shipments(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        List<String> statuses = parameters.strictList(STATUSES, InboundRequests.STATUSES.size());
        WebServiceParameters.requireAll(STATUSES, statuses, InboundRequests.STATUSES);
        List<String> ids = parameters.strictList(IDS, 999);
        if (statuses.isEmpty() && ids.isEmpty()) {
            throw new OperationFailure(MwsErrors.missingParameter(STATUSES + ".1 or " + IDS + ".1"));
        }
        Map<String, String> query = new LinkedHashMap<>();
        WebServiceParameters.putList(query, STATUSES, statuses);
        WebServiceParameters.putList(query, IDS, ids);
        window(parameters, call.now(), query);
        return shipmentsPage(call, query, 0);
    }

    SandboxResponse shipmentsByNextToken(OperationCall call) {
        Map<String, String> state = OffsetPages.resume(SHIPMENTS,
                new WebServiceParameters(call.parameters()).nextToken());
        int offset = OffsetPages.offset(state);
        return shipmentsPage(call, state, offset);
    }

    SandboxResponse items(OperationCall call) {
        WebServiceParameters parameters = new WebServiceParameters(call.parameters());
        String id = parameters.optional("ShipmentId");
        Map<String, String> query = new LinkedHashMap<>();
        if (id != null) {
            InboundRequests.shipment(shipments, parameters);
            query.put("ShipmentId", id);
        } else if (parameters.optional(AFTER) == null) {
            throw new OperationFailure(MwsErrors.missingParameter("ShipmentId or " + AFTER + " and " + BEFORE));
        }
        window(parameters, call.now(), query);
        return itemsPage(call, query, 0);
    }

    SandboxResponse itemsByNextToken(OperationCall call) {
        Map<String, String> state = OffsetPages.resume(ITEMS, new WebServiceParameters(call.parameters()).nextToken());
        int offset = OffsetPages.offset(state);
        return itemsPage(call, state, offset);
    }

    /** LastUpdatedAfter and LastUpdatedBefore, both or neither, the first before the second, into the query. */
    private static void window(WebServiceParameters parameters, Instant now, Map<String, String> query) {
        Instant after = parameters.date(AFTER, null);
        Instant before = parameters.date(BEFORE, null);
        if ((after == null) != (before == null)) {
            throw new OperationFailure(MwsErrors.missingParameter(after == null ? AFTER : BEFORE));
        }
        if (after != null) {
            if (!after.isBefore(before)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(AFTER, parameters.optional(AFTER),
                        "an instant before " + BEFORE + " (" + parameters.optional(BEFORE) + ")"));
            }
            query.put(AFTER, after.toString());
            query.put(BEFORE, before.toString());
        }
    }

    private static boolean inWindow(InboundShipment shipment, Map<String, String> query, Instant now) {
        String after = query.get(AFTER);
        if (after == null) {
            return true;
        }
        Instant updated = shipment.lastUpdated(now);
        return !updated.isBefore(Instant.parse(after)) && updated.isBefore(Instant.parse(query.get(BEFORE)));
    }

    private SandboxResponse shipmentsPage(OperationCall call, Map<String, String> query, int offset) {
        Instant now = call.now();
        WebServiceParameters saved = new WebServiceParameters(query);
        List<String> statuses = saved.strictList(STATUSES);
        List<String> ids = saved.strictList(IDS);
        List<InboundShipment> matches = new ArrayList<>();
        for (InboundShipment shipment : shipments.all()) {
            if (!shipment.createdAt().isAfter(now) && (statuses.isEmpty()
                    || statuses.contains(shipment.stage(now).status()))
                    && (ids.isEmpty() || ids.contains(shipment.id())) && inWindow(shipment, query, now)) {
                matches.add(shipment);
            }
        }
        OffsetPages.Page<InboundShipment> page = OffsetPages.page(SHIPMENTS, matches, offset, pageSize, query);
        return WebServiceResponses.result(call, xml -> {
            xml.members("ShipmentData", page.items(), shipment -> {
                xml.element("ShipmentId", shipment.id()).element("ShipmentName", shipment.name());
                shipment.shipFrom().write(xml, "ShipFromAddress");
                xml.element("DestinationFulfillmentCenterId", shipment.destinationFulfillmentCenterId())
                        .element("ShipmentStatus", shipment.stage(now).status())
                        .element("LabelPrepType", shipment.labelPrepType())
                        .element("AreCasesRequired", Boolean.toString(shipment.items().stream()
                                .anyMatch(item -> item.quantityInCase() > 0)))
                        .element("BoxContentsSource", shipment.boxContentsSource());
            });
            xml.element("NextToken", page.nextToken());
        });
    }

    private record Line(InboundShipment shipment, InboundItem item) {
    }

    private SandboxResponse itemsPage(OperationCall call, Map<String, String> query, int offset) {
        Instant now = call.now();
        String id = query.get("ShipmentId");
        List<Line> lines = new ArrayList<>();
        for (InboundShipment shipment : shipments.all()) {
            if (!shipment.createdAt().isAfter(now) && (id == null || id.equals(shipment.id()))
                    && inWindow(shipment, query, now)) {
                shipment.items().forEach(item -> lines.add(new Line(shipment, item)));
            }
        }
        OffsetPages.Page<Line> page = OffsetPages.page(ITEMS, lines, offset, pageSize, query);
        return WebServiceResponses.result(call, xml -> {
            xml.members("ItemData", page.items(), line -> xml
                    .element("ShipmentId", line.shipment().id())
                    .element("SellerSKU", line.item().sellerSku())
                    .element("FulfillmentNetworkSKU", line.item().fnsku())
                    .element("QuantityShipped", Integer.toString(line.item().quantityShipped()))
                    .element("QuantityReceived", Integer.toString(line.shipment().received(line.item(), now)))
                    .element("QuantityInCase", Integer.toString(line.item().quantityInCase())));
            xml.element("NextToken", page.nextToken());
        });
    }
}
