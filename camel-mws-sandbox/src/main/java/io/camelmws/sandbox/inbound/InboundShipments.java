package io.camelmws.sandbox.inbound;

import io.camelmws.sandbox.inventory.SellerShipments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The seller's inbound shipment plans (by the ShipmentId each planned shipment will carry) and shipments, forgotten
 * on reset. Changes go through {@link #update} so two concurrent requests for one shipment keep both changes.
 */
final class InboundShipments {

    private final ConcurrentHashMap<String, PlannedShipment> plans = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, InboundShipment> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    void plan(PlannedShipment plan) {
        plans.put(plan.shipmentId(), plan);
    }

    Optional<PlannedShipment> planned(String shipmentId) {
        return Optional.ofNullable(plans.get(shipmentId));
    }

    /** Adds {@code shipment}; false, changing nothing, when its id is taken. */
    boolean add(InboundShipment shipment) {
        return byId.putIfAbsent(shipment.id(), shipment) == null;
    }

    Optional<InboundShipment> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    InboundShipment update(String id, UnaryOperator<InboundShipment> change) {
        return byId.computeIfPresent(id, (key, shipment) -> change.apply(shipment));
    }

    /** Every shipment in the order they were created. */
    List<InboundShipment> all() {
        List<InboundShipment> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparingLong(InboundShipment::sequence));
        return all;
    }

    /**
     * The units of {@code sellerSku} the seller's shipments to {@code marketplaceId} brought in by {@code now}, and
     * those shipped and still on their way; WORKING and CANCELLED shipments bring nothing.
     */
    SellerShipments.Units units(String marketplaceId, String sellerSku, Instant now) {
        int received = 0;
        int onTheWay = 0;
        Instant arrivesAt = null;
        Instant changed = null;
        for (InboundShipment shipment : byId.values()) {
            if (!shipment.marketplaceId().equals(marketplaceId) || shipment.shippedAt() == null
                    || shipment.cancelledAt() != null || shipment.shippedAt().isAfter(now)) {
                continue;
            }
            for (InboundItem item : shipment.items()) {
                if (item.sellerSku().equals(sellerSku)) {
                    int in = shipment.received(item, now);
                    received += in;
                    if (in < item.quantityShipped()) {
                        onTheWay += item.quantityShipped() - in;
                        Instant closes = InboundShipment.AFTER_SHIPPING.entered(shipment.shippedAt(), "CLOSED");
                        arrivesAt = arrivesAt == null || closes.isAfter(arrivesAt) ? closes : arrivesAt;
                    }
                    Instant updated = shipment.lastUpdated(now);
                    changed = changed == null || updated.isAfter(changed) ? updated : changed;
                }
            }
        }
        return changed == null ? SellerShipments.Units.NONE
                : new SellerShipments.Units(received, onTheWay, arrivesAt, changed);
    }

    void reset() {
        plans.clear();
        byId.clear();
    }
}
