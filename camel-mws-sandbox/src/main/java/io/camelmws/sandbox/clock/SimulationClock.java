package io.camelmws.sandbox.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The sandbox's simulated time: the wall clock run {@code timeScale} times faster, plus whatever
 * {@link #advance(Duration)} added. Throttling, hourly quotas, report and feed life cycles and every date inside a
 * payload follow this clock; only the request Timestamp window and {@code x-mws-timestamp} follow {@link #wall()},
 * so that real clients, which stamp requests with real time, are judged by real time.
 * <p>
 * simulated now = simStart + (wallNow - wallStart) x timeScale + advanced. Thread-safe.
 */
public final class SimulationClock extends Clock {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Clock wall;
    private final double timeScale;
    private final ZoneId zone;
    /** Replaced as a whole, so that a reader never sees the wall start of one anchor with the sim start of another. */
    private volatile Anchor anchor;
    private volatile Duration advanced;

    /** The wall instant at which the simulation was at {@code simStart} (before anything advanced). */
    private record Anchor(Instant wallStart, Instant simStart) {
    }

    private SimulationClock(Clock wall, double timeScale, Anchor anchor, ZoneId zone, Duration advanced) {
        this.wall = wall;
        this.timeScale = timeScale;
        this.anchor = anchor;
        this.zone = zone;
        this.advanced = advanced;
    }

    /** A simulation that starts now, on {@code wall}, running {@code timeScale} times faster than {@code wall}. */
    public static SimulationClock of(Clock wall, double timeScale) {
        Objects.requireNonNull(wall, "wall");
        checkScale(timeScale);
        Instant start = wall.instant();
        return new SimulationClock(wall, timeScale, new Anchor(start, start), ZoneOffset.UTC, Duration.ZERO);
    }

    /** Real time, not scaled: simulated now equals {@code wall} now until {@link #advance(Duration)}. */
    public static SimulationClock of(Clock wall) {
        return of(wall, 1.0);
    }

    /** @throws IllegalArgumentException unless the scale is a finite number above 0 */
    public static double checkScale(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be a finite number above 0, was " + timeScale);
        }
        return timeScale;
    }

    /** Simulated now. */
    @Override
    public Instant instant() {
        return simulatedAt(wall.instant());
    }

    private Instant simulatedAt(Instant wallInstant) {
        Anchor current = anchor;
        Duration wallElapsed = Duration.between(current.wallStart(), wallInstant);
        return current.simStart().plus(scale(wallElapsed, timeScale)).plus(advanced);
    }

    /**
     * Starts the simulation again from the wall clock's now, keeping whatever was advanced: simulated now becomes
     * wall now plus {@link #advanced()}. {@code MwsSandbox.start()} calls it once it listens, so that a scaled
     * simulation has not run ahead while the server was starting (generating a TLS key takes seconds).
     */
    public synchronized void restartFromWall() {
        Instant now = wall.instant();
        anchor = new Anchor(now, now);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    /** Moves simulated time forward (or back, with a negative duration) without touching the wall clock. */
    public synchronized void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        advanced = advanced.plus(duration);
    }

    /**
     * The wall instant at which the simulation reaches {@code simulated}: wallNow + (simulated - simNow) / scale.
     * In the past when {@code simulated} is already behind.
     */
    public Instant toWall(Instant simulated) {
        Instant wallNow = wall.instant();
        Instant simNow = simulatedAt(wallNow);
        return wallNow.plus(scale(Duration.between(simNow, simulated), 1.0 / timeScale));
    }

    /** The real clock: request Timestamp windows and {@code x-mws-timestamp} are judged on it. */
    public Clock wall() {
        return wall;
    }

    /** How many simulated seconds pass per wall second. */
    public double timeScale() {
        return timeScale;
    }

    /** Everything {@link #advance(Duration)} has added so far. */
    public Duration advanced() {
        return advanced;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same simulation seen in another zone; advancing either advances only that view. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(this.zone)) {
            return this;
        }
        return new SimulationClock(wall, timeScale, anchor, zone, advanced);
    }

    @Override
    public String toString() {
        return "SimulationClock[scale=" + timeScale + ", advanced=" + advanced + ", wall=" + wall + "]";
    }

    private static Duration scale(Duration duration, double factor) {
        if (factor == 1.0) {
            return duration;
        }
        double nanos = (duration.getSeconds() * (double) NANOS_PER_SECOND + duration.getNano()) * factor;
        long seconds = (long) Math.floor(nanos / NANOS_PER_SECOND);
        long rest = Math.round(nanos - seconds * (double) NANOS_PER_SECOND);
        return Duration.ofSeconds(seconds, rest);
    }
}
