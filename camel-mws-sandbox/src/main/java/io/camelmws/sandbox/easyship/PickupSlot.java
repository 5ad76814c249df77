package io.camelmws.sandbox.easyship;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A window in which the carrier picks a package up. An order's slots are the two windows of each of the next
 * two days in the marketplace's zone (10:00-13:59 and 14:00-17:59, as in the ListPickupSlots example) that start
 * at least two hours ahead; the SlotId encodes order and start, so no slot needs to be remembered.
 */
record PickupSlot(String slotId, Instant start, Instant end) {

    private static final Duration LEAD_TIME = Duration.ofHours(2);
    private static final LocalTime[][] WINDOWS = {
        {LocalTime.of(10, 0), LocalTime.of(13, 59)}, {LocalTime.of(14, 0), LocalTime.of(17, 59)}};

    static List<PickupSlot> available(String amazonOrderId, Instant now, ZoneId zone) {
        List<PickupSlot> slots = new ArrayList<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int day = 0; day <= 2 && slots.size() < 4; day++) {
            for (LocalTime[] window : WINDOWS) {
                Instant start = today.plusDays(day).atTime(window[0]).atZone(zone).toInstant();
                if (!start.isBefore(now.plus(LEAD_TIME)) && slots.size() < 4) {
                    slots.add(new PickupSlot(id(amazonOrderId, start), start,
                            today.plusDays(day).atTime(window[1]).atZone(zone).toInstant()));
                }
            }
        }
        return slots;
    }

    /** The slot of {@code slotId} among the order's slots at {@code now}, or {@code null}. */
    static PickupSlot find(String amazonOrderId, String slotId, Instant now, ZoneId zone) {
        return available(amazonOrderId, now, zone).stream().filter(slot -> slot.slotId().equals(slotId))
                .findFirst().orElse(null);
    }

    private static String id(String amazonOrderId, Instant start) {
        return Base64.getEncoder().encodeToString((amazonOrderId + "|" + start.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
    }
}
