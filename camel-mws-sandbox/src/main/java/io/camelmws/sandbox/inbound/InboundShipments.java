package io.camelmws.sandbox.inbound;

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

    void reset() {
        plans.clear();
        byId.clear();
    }
}
