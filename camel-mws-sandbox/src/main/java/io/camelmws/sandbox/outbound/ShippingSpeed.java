package io.camelmws.sandbox.outbound;

import io.camelmws.sandbox.webservice.Timeline;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The ShippingSpeedCategory values and what each means for the simulated order: how long Amazon takes to get it
 * out of the door after the order is planned, how long the carrier takes, and what it costs per unit on top of
 * the standard fee.
 */
enum ShippingSpeed {
    STANDARD("Standard", Duration.ofHours(20), Duration.ofDays(3), "0.00"),
    EXPEDITED("Expedited", Duration.ofHours(8), Duration.ofDays(2), "2.50"),
    PRIORITY("Priority", Duration.ofHours(3), Duration.ofDays(1), "5.00"),
    /** Japan only: delivery in a chosen window. */
    SCHEDULED_DELIVERY("ScheduledDelivery", Duration.ofHours(6), Duration.ofDays(1), "3.00");

    /** How long an order that ships stays RECEIVED, then PLANNING. */
    static final Duration RECEIVED_FOR = Durations.RECEIVED_FOR;
    static final Duration PLANNING_FOR = Durations.PLANNING_FOR;

    /** Holder: an enum's constructor cannot read the enum's own static fields. */
    private static final class Durations {
        static final Duration RECEIVED_FOR = Duration.ofMinutes(5);
        static final Duration PLANNING_FOR = Duration.ofMinutes(55);
    }

    private final String value;
    private final Duration processing;
    private final Duration transit;
    private final BigDecimal surchargePerUnit;
    private final Timeline<FulfillmentOrderStatus> timeline;

    ShippingSpeed(String value, Duration processing, Duration transit, String surchargePerUnit) {
        this.value = value;
        this.processing = processing;
        this.transit = transit;
        this.surchargePerUnit = new BigDecimal(surchargePerUnit);
        this.timeline = Timeline.first(FulfillmentOrderStatus.RECEIVED, Durations.RECEIVED_FOR)
                .then(FulfillmentOrderStatus.PLANNING, Durations.PLANNING_FOR)
                .then(FulfillmentOrderStatus.PROCESSING, processing)
                .last(FulfillmentOrderStatus.COMPLETE);
    }

    String value() {
        return value;
    }

    Duration processing() {
        return processing;
    }

    Duration transit() {
        return transit;
    }

    /** Extra fee per unit, in US dollars; converted like the standard fee. */
    BigDecimal surchargePerUnit() {
        return surchargePerUnit;
    }

    /** RECEIVED, PLANNING, PROCESSING, COMPLETE from the moment the order may ship. */
    Timeline<FulfillmentOrderStatus> timeline() {
        return timeline;
    }

    static List<String> values(boolean includeScheduled) {
        return Arrays.stream(values()).filter(speed -> includeScheduled || speed != SCHEDULED_DELIVERY)
                .map(ShippingSpeed::value).toList();
    }

    static ShippingSpeed of(String value) {
        for (ShippingSpeed speed : values()) {
            if (speed.value.equals(value)) {
                return speed;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
