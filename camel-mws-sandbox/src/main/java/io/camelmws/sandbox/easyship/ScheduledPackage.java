package io.camelmws.sandbox.easyship;

import java.math.BigDecimal;
import java.util.List;

/**
 * A package scheduled for pickup, as ScheduledPackage describes it (EasyShip_Datatypes).
 *
 * @param items        OrderItemId, then its serial numbers
 * @param status       PackageStatus: {@code Scheduled} once a slot is booked
 */
record ScheduledPackage(String amazonOrderId, String packageId, Dimensions dimensions, Weight weight,
                        List<Item> items, PickupSlot slot, String packageIdentifier, String status) {

    ScheduledPackage withSlot(PickupSlot next) {
        return new ScheduledPackage(amazonOrderId, packageId, dimensions, weight, items, next, packageIdentifier,
                status);
    }

    record Dimensions(BigDecimal length, BigDecimal width, BigDecimal height, String unit) {
    }

    record Weight(BigDecimal value, String unit) {
    }

    record Item(String orderItemId, List<String> serialNumbers) {
    }
}
