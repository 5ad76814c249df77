package io.camelmws.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.response.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each builder method makes its own kind of fault, and the kind alone decides whether the operation runs. */
class FaultTest {

    private static final FaultRule.Target ANY = FaultRule.forAnyAction();

    private static final List<FaultRule> REPLACING = List.of(ANY.error(400, "InvalidParameterValue", "bad"),
            ANY.throttled(), ANY.internalError(), ANY.serviceUnavailable(), ANY.connectionReset(),
            ANY.rawResponse(502, "text/html", "<html>proxy</html>"));
    private static final List<FaultRule> TRANSFORMING = List.of(ANY.delay(Duration.ZERO), ANY.trickle(1_000_000),
            ANY.cutShort(0.5), ANY.wrongContentMd5(), ANY.malformedXml());

    @Test
    void everyKindHasItsOwnName() {
        assertThat(REPLACING).extracting(FaultRule::kind).containsExactly("error", "throttled", "internalError",
                "serviceUnavailable", "connectionReset", "rawResponse");
        assertThat(TRANSFORMING).extracting(FaultRule::kind).containsExactly("delay", "trickle", "cutShort",
                "wrongContentMd5", "malformedXml");
    }

    @Test
    void aReplacingFaultNeverRunsTheOperation() {
        AtomicInteger runs = new AtomicInteger();
        for (FaultRule rule : REPLACING) {
            assertThat(rule.fault()).isInstanceOf(Fault.Replacing.class);
            rule.serve(() -> {
                runs.incrementAndGet();
                return SandboxResponse.xml(new byte[0]);
            }, "urn:ns", "r-1");
        }
        assertThat(runs).hasValue(0);
    }

    @Test
    void aTransformingFaultRunsTheOperationOnce() {
        AtomicInteger runs = new AtomicInteger();
        for (FaultRule rule : TRANSFORMING) {
            assertThat(rule.fault()).isInstanceOf(Fault.Transforming.class);
            rule.serve(() -> {
                runs.incrementAndGet();
                return SandboxResponse.xml("<a><b>text</b></a>".getBytes(StandardCharsets.UTF_8));
            }, "urn:ns", "r-1");
        }
        assertThat(runs).hasValue(TRANSFORMING.size());
    }

    @Test
    void errorKindsAnswerTheirMwsError() {
        SandboxResponse throttled = ANY.throttled().serve(() -> null, "urn:ns", "r-1");
        assertThat(throttled.status()).isEqualTo(503);
        assertThat(throttled.errorCode()).isEqualTo("RequestThrottled");
        assertThat(ANY.internalError().fault().settings()).containsEntry("status", 500)
                .containsEntry("code", "InternalError");
        assertThat(ANY.rawResponse(502, "text/html", "x").serve(() -> null, "urn:ns", "r-1").body())
                .isEqualTo("x".getBytes(StandardCharsets.UTF_8));
    }
}
