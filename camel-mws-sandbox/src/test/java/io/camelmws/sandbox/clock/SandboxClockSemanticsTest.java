package io.camelmws.sandbox.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.MutableClock;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which clock judges what: clients stamp requests with real time, so the Timestamp window and x-mws-timestamp
 * follow the wall clock while everything the operations do follows the simulation, here 60 times faster.
 */
class SandboxClockSemanticsTest {

    private static final Instant START = Instant.parse("2020-05-28T11:00:00Z");

    private final MutableClock wall = new MutableClock(START);
    private MwsSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = MwsSandbox.builder().accessKey("AKIACLOCK00000000001").secretKey("clock+secret/=").sellerId("A1CLOCK")
                .clock(wall).timeScale(60).throttling(false).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theTimestampWindowAndXMwsTimestampFollowTheWallClock() {
        wall.tick(Duration.ofMinutes(10)); // ten real minutes: ten simulated hours
        assertThat(sandbox.clock().instant()).isEqualTo(START.plus(Duration.ofHours(10)));

        HttpResponse<String> realTime = SignedRequest.to(sandbox).timestamp(wall.instant()).send();
        assertThat(realTime.statusCode()).as(realTime.body()).isEqualTo(200);
        assertThat(realTime.headers().firstValue("x-mws-timestamp")).hasValue("2020-05-28T11:10:00.000Z");
        assertThat(Xml.parse(realTime.body()).text("Timestamp")).isEqualTo("2020-05-28T11:10:00.000Z");

        HttpResponse<String> simulatedTime = SignedRequest.to(sandbox).timestamp(sandbox.clock().instant()).send();
        assertThat(simulatedTime.statusCode()).isEqualTo(400);
        assertThat(Xml.parse(simulatedTime.body()).text("Message")).contains("too far in the future");

        HttpResponse<String> fourteenRealMinutesOld = SignedRequest.to(sandbox)
                .timestamp(wall.instant().minus(Duration.ofMinutes(14))).send();
        assertThat(fourteenRealMinutesOld.statusCode()).isEqualTo(200);
    }

    @Test
    void advancingTheSimulationLeavesTheWallClockAndTheWindowAlone() {
        sandbox.advanceClock(Duration.ofDays(2));
        assertThat(sandbox.clock().wall().instant()).isEqualTo(START);
        assertThat(sandbox.clock().instant()).isEqualTo(START.plus(Duration.ofDays(2)));

        HttpResponse<String> response = SignedRequest.to(sandbox).send();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("x-mws-timestamp")).hasValue("2020-05-28T11:00:00.000Z");
        // What the operation saw as now is simulated time: the log records it.
        assertThat(sandbox.requests().get(0).receivedAt()).isEqualTo(START.plus(Duration.ofDays(2)));
    }

    @Test
    void theSimulationStartsRunningWhenTheSandboxStarts() {
        MutableClock slowStart = new MutableClock(START);
        MwsSandbox built = MwsSandbox.builder().accessKey("AKIACLOCK00000000001").secretKey("s").sellerId("A1CLOCK")
                .clock(slowStart).timeScale(60).build();
        built.advanceClock(Duration.ofHours(1));
        slowStart.tick(Duration.ofSeconds(5)); // e.g. a TLS key being generated
        try (MwsSandbox started = built.start()) {
            assertThat(started.clock().instant()).isEqualTo(START.plusSeconds(5).plus(Duration.ofHours(1)));
        }
    }

    @Test
    void theSimulationRunsOnTheWallClockAtItsScale() {
        wall.tick(Duration.ofSeconds(90));
        SignedRequest.to(sandbox).send();
        assertThat(sandbox.requests().get(0).receivedAt()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(sandbox.clock().toWall(START.plus(Duration.ofHours(3)))).isEqualTo(START.plusSeconds(180));
    }
}
