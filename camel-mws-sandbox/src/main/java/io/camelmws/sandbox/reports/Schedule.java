package io.camelmws.sandbox.reports;

import java.time.Duration;

/** The Schedule enumeration of ManageReportSchedule (REFERENCE 9.1): how often a scheduled report is requested. */
public enum Schedule {

    EVERY_15_MINUTES("_15_MINUTES_", Duration.ofMinutes(15)),
    EVERY_30_MINUTES("_30_MINUTES_", Duration.ofMinutes(30)),
    EVERY_HOUR("_1_HOUR_", Duration.ofHours(1)),
    EVERY_2_HOURS("_2_HOURS_", Duration.ofHours(2)),
    EVERY_4_HOURS("_4_HOURS_", Duration.ofHours(4)),
    EVERY_8_HOURS("_8_HOURS_", Duration.ofHours(8)),
    EVERY_12_HOURS("_12_HOURS_", Duration.ofHours(12)),
    EVERY_DAY("_1_DAY_", Duration.ofDays(1)),
    EVERY_2_DAYS("_2_DAYS_", Duration.ofDays(2)),
    EVERY_3_DAYS("_72_HOURS_", Duration.ofDays(3)),
    EVERY_WEEK("_1_WEEK_", Duration.ofDays(7)),
    EVERY_14_DAYS("_14_DAYS_", Duration.ofDays(14)),
    EVERY_15_DAYS("_15_DAYS_", Duration.ofDays(15)),
    EVERY_30_DAYS("_30_DAYS_", Duration.ofDays(30)),
    /** Deletes the schedule of the report type. */
    NEVER("_NEVER_", null);

    private final String wireName;
    private final Duration period;

    Schedule(String wireName, Duration period) {
        this.wireName = wireName;
        this.period = period;
    }

    public String wireName() {
        return wireName;
    }

    /** Time between two scheduled requests; {@code null} for {@link #NEVER}. */
    public Duration period() {
        return period;
    }

    /** The value with this wire name, or {@code null}. */
    public static Schedule byWireName(String wireName) {
        for (Schedule schedule : values()) {
            if (schedule.wireName.equals(wireName)) {
                return schedule;
            }
        }
        return null;
    }
}
