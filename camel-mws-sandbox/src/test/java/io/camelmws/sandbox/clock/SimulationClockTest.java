package io.camelmws.sandbox.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Simulated now = start + wall elapsed x scale + advanced; and back from simulated to wall time. */
class SimulationClockTest {

    private static final Instant START = Instant.parse("2013-10-24T00:30:00Z");

    @Test
    void runsTheWallClockScaledAndAddsWhatWasAdvanced() {
        MutableClock wall = new MutableClock(START);
        SimulationClock clock = SimulationClock.of(wall, 60);
        assertThat(clock.instant()).isEqualTo(START);

        wall.tick(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
        wall.tick(Duration.ofMillis(250));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(75));

        clock.advance(Duration.ofHours(2));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(75).plus(Duration.ofHours(2)));
        assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
        assertThat(clock.wall().instant()).isEqualTo(START.plusMillis(1250));
        assertThat(clock.advanced()).isEqualTo(Duration.ofHours(2));
        assertThat(clock.timeScale()).isEqualTo(60.0);
    }

    @Test
    void toWallIsTheRealInstantWhenTheSimulationGetsThere() {
        MutableClock wall = new MutableClock(START);
        SimulationClock clock = SimulationClock.of(wall, 60);
        clock.advance(Duration.ofMinutes(30));
        // Simulated now is 01:00; one simulated hour later is one real minute later.
        assertThat(clock.toWall(Instant.parse("2013-10-24T02:00:00Z"))).isEqualTo(START.plusSeconds(60));
        // Already passed: in the past of the wall clock.
        assertThat(clock.toWall(Instant.parse("2013-10-24T00:00:00Z"))).isEqualTo(START.minusSeconds(60));

        wall.tick(Duration.ofSeconds(30));
        assertThat(clock.toWall(clock.instant())).isEqualTo(wall.instant());
    }

    @Test
    void atScaleOneItIsTheWallClockUntilAdvanced() {
        MutableClock wall = new MutableClock(START);
        SimulationClock clock = SimulationClock.of(wall);
        wall.tick(Duration.ofMillis(1234));
        assertThat(clock.instant()).isEqualTo(wall.instant());
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.toWall(START.plus(Duration.ofMinutes(6)))).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void restartingFromTheWallForgetsTheRunButKeepsWhatWasAdvanced() {
        MutableClock wall = new MutableClock(START);
        SimulationClock clock = SimulationClock.of(wall, 60);
        clock.advance(Duration.ofMinutes(5));
        wall.tick(Duration.ofSeconds(3)); // three simulated minutes while "starting"
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(8)));

        clock.restartFromWall();
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(3).plus(Duration.ofMinutes(5)));
        wall.tick(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(3).plus(Duration.ofMinutes(6)));
    }

    @Test
    void refusesScalesThatCannotRunTime() {
        MutableClock wall = new MutableClock(START);
        assertThatThrownBy(() -> SimulationClock.of(wall, 0)).hasMessageContaining("timeScale");
        assertThatThrownBy(() -> SimulationClock.of(wall, -2)).hasMessageContaining("-2");
        assertThatThrownBy(() -> SimulationClock.of(wall, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> SimulationClock.of(wall, Double.POSITIVE_INFINITY)).hasMessageContaining("Infinity");
    }
}
