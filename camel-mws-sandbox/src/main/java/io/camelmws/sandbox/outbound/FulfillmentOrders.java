package io.camelmws.sandbox.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The seller's fulfilment orders by SellerFulfillmentOrderId, forgotten on reset. Changes go through {@link #update}
 * so two concurrent requests for one order do not lose each other's change.
 */
final class FulfillmentOrders {

    private final ConcurrentHashMap<String, FulfillmentOrder> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Adds {@code order}; false, changing nothing, when its id is taken. */
    boolean add(FulfillmentOrder order) {
        return byId.putIfAbsent(order.id(), order) == null;
    }

    Optional<FulfillmentOrder> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Replaces the order with {@code change} of it, atomically; the order must exist. */
    FulfillmentOrder update(String id, UnaryOperator<FulfillmentOrder> change) {
        return byId.computeIfPresent(id, (key, order) -> change.apply(order));
    }

    List<FulfillmentOrder> all() {
        return new ArrayList<>(byId.values());
    }

    /** Units of {@code sellerSku} in {@code marketplaceId} that orders other than {@code except} hold or shipped. */
    int held(String marketplaceId, String sellerSku, String except) {
        int held = 0;
        for (FulfillmentOrder order : byId.values()) {
            if (order.cancelledAt() == null && order.marketplaceId().equals(marketplaceId)
                    && !order.id().equals(except)) {
                for (OrderLine line : order.lines()) {
                    if (line.sellerSku().equals(sellerSku)) {
                        held += line.shippable();
                    }
                }
            }
        }
        return held;
    }

    void reset() {
        byId.clear();
    }
}
