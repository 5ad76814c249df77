package io.camelmws.sandbox.reports;

import java.time.Duration;
import java.time.Instant;

/**
 * A report type scheduled with ManageReportSchedule: it produces a report request (Scheduled=true) at every
 * tick the simulated clock passes, starting at {@code nextTick}.
 */
final class ReportSchedule {

    private final ReportType type;
    private Schedule schedule;
    private Instant nextTick;

    ReportSchedule(ReportType type, Schedule schedule, Instant nextTick) {
        this.type = type;
        this.schedule = schedule;
        this.nextTick = nextTick;
    }

    ReportType type() {
        return type;
    }

    synchronized Schedule schedule() {
        return schedule;
    }

    /** The ScheduledDate: when the next request will be submitted. */
    synchronized Instant nextTick() {
        return nextTick;
    }

    synchronized void change(Schedule newSchedule, Instant newNextTick) {
        this.schedule = newSchedule;
        this.nextTick = newNextTick;
    }

    /**
     * Takes the next tick if the clock has passed it. Ticks older than {@code oldest} are skipped in one step, so
     * a clock moved months ahead does not make thousands of requests nobody could list anymore.
     *
     * @return the tick taken, or {@code null} when the next one is still ahead of {@code now}
     */
    synchronized Instant takeTick(Instant now, Instant oldest) {
        if (nextTick.isAfter(now)) {
            return null;
        }
        Duration period = schedule.period();
        if (nextTick.isBefore(oldest)) {
            long behind = Duration.between(nextTick, oldest).toNanos() / period.toNanos();
            nextTick = nextTick.plus(period.multipliedBy(behind));
        }
        Instant tick = nextTick;
        nextTick = nextTick.plus(period);
        return tick;
    }
}
