package io.camelmws.sandbox.finances;

import io.camelmws.sandbox.orders.OrderItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The money of one order line in one event: its ItemChargeList, ItemFeeList and PromotionList (or, in a refund,
 * their Adjustment lists).
 */
record ItemMoney(OrderItem item, List<Component> charges, List<Component> fees, List<Component> promotions) {

    ItemMoney {
        charges = List.copyOf(charges);
        fees = List.copyOf(fees);
        promotions = List.copyOf(promotions);
    }

    /** What the line adds to the seller's balance. */
    BigDecimal total() {
        return Stream.of(charges, fees, promotions).flatMap(List::stream).map(Component::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
