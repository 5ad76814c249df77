package io.camelmws.sandbox.inbound;

import java.util.List;

/** One shipment of an inbound plan: where Amazon wants these SKUs sent, and how they must be labelled. */
record PlannedShipment(String shipmentId, String marketplaceId, String destinationFulfillmentCenterId,
                       String labelPrepType, List<InboundItem> items) {

    PlannedShipment {
        items = List.copyOf(items);
    }
}
