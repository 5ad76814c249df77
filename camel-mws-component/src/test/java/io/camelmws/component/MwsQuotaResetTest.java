package io.camelmws.component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QuotaExceeded from an MWS whose clock is not this JVM's: the call waits until MWS's hourly quota resets by MWS's own
 * clock (its x-mws-quota-resetsOn against the answer's x-mws-timestamp), not a whole hour because the reset looked
 * past to this JVM. Asserted on the sandbox's simulated receipt instants.
 */
class MwsQuotaResetTest extends CamelTestSupport {

    /** An MWS hour is 6 s of wall time. */
    static final double TIME_SCALE = 600;
    /** GetReportCount allows 2 requests an hour at this MWS (80 at MWS, which is what the client believes). */
    static final int HOURLY = 2;

    /** Two hours behind this JVM: every reset MWS announces is in this JVM's past. */
    static MwsSandbox behind;

    @BeforeAll
    static void startSandbox() {
        behind = MwsSandbox.builder().port(0).accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY).secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY)
                .sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID).authToken(MwsSandboxExtension.DEFAULT_AUTH_TOKEN)
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-2))).timeScale(TIME_SCALE)
                .quota("GetReportCount", 10, Duration.ofSeconds(45), HOURLY).build().start();
    }

    @AfterAll
    static void stopSandbox() {
        behind.close();
    }

    @BeforeEach
    void freshSandbox() {
        behind.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", ScaledMws.component(behind));
        return context;
    }

    @Test
    void aQuotaExceededIsRetriedWhenMwssHourResetsByMwssClock() throws Exception {
        // Another client of the seller (throttling OFF here: no bucket of this component knows of it) uses up the hour.
        for (int i = 0; i < HOURLY; i++) {
            assertThat(template.request("mws:GetReportCount?throttling=OFF", e -> { }).getException()).isNull();
        }
        // Late in MWS's hour: about ten MWS minutes (one wall second) remain.
        behind.advanceClock(Duration.ofMinutes(50));

        Exchange exchange = template.asyncSend("mws:GetReportCount", e -> { }).get(30, TimeUnit.SECONDS);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MwsConstants.ATTEMPTS)).isEqualTo(2);
        List<SandboxRequest> counts = ScaledMws.of(behind.requests(), "GetReportCount").stream()
                .filter(r -> !"RequestExpired".equals(r.errorCode())).toList();
        assertThat(counts).extracting(SandboxRequest::errorCode).containsExactly(null, null, "QuotaExceeded", null);
        // The sandbox's hour opens on the whole minute of its first request.
        Instant reset = counts.get(0).receivedAt().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(1));
        assertThat(Duration.between(counts.get(2).receivedAt(), reset)).as("refused this long before the reset")
                .isGreaterThan(Duration.ofMinutes(5));
        // Sent once the hour had reset, and soon after: not an hour after the refusal.
        assertThat(Duration.between(reset, counts.get(3).receivedAt())).as("sent after the reset by")
                .isBetween(Duration.ZERO, Duration.ofMinutes(5));
    }
}
