package io.camelmws.component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

/**
 * The one fixture for tests against a sandbox whose clock runs faster than real time: the sandbox, and a component
 * as a deployment would have it (throttling WAIT) whose quotas and intervals run at the sandbox's pace. Timings are
 * asserted on the sandbox's request log, whose {@link SandboxRequest#receivedAt()} instants are simulated: an MWS
 * interval is an interval there, however fast the test ran.
 * <pre>{@code
 * @RegisterExtension
 * static final MwsSandboxExtension SANDBOX = ScaledMws.sandbox(600);
 * ...
 * context.addComponent("mws", ScaledMws.component(SANDBOX));
 * }</pre>
 */
public final class ScaledMws {

    private ScaledMws() {
    }

    /** A sandbox (throttling as MWS does) whose simulated time runs {@code timeScale} times faster than real time. */
    public static MwsSandboxExtension sandbox(double timeScale) {
        return new MwsSandboxExtension().withTimeScale(timeScale);
    }

    /**
     * A sandbox for tests that move its clock by hand ({@code advanceClock}): the extension's default credentials, a
     * clock that stands still between advances, no throttling. Set the seed and the rest, then build and start it.
     */
    public static MwsSandbox.Builder stillClockSandbox() {
        return MwsSandbox.builder().port(0)
                .accessKey(MwsSandboxExtension.DEFAULT_ACCESS_KEY)
                .secretKey(MwsSandboxExtension.DEFAULT_SECRET_KEY)
                .sellerId(MwsSandboxExtension.DEFAULT_SELLER_ID)
                .clock(Clock.fixed(Instant.now(), ZoneOffset.UTC))
                .throttling(false);
    }

    /** {@link #component(MwsSandbox)} with throttling off, for a sandbox that does not throttle either. */
    public static MwsComponent unthrottledComponent(MwsSandbox sandbox) {
        MwsComponent mws = component(sandbox);
        mws.getConfiguration().setThrottling(ThrottlingMode.OFF);
        return mws;
    }

    /**
     * A component for {@code sandbox}, configured at component level with its credentials, throttling WAIT and the
     * sandbox's time scale. Call it once the sandbox runs (from {@code createCamelContext}).
     */
    public static MwsComponent component(MwsSandboxExtension sandbox) {
        return component(sandbox.sandbox());
    }

    /** A component for a sandbox a test built itself (own quotas, clock...): see {@link #component(MwsSandboxExtension)}. */
    public static MwsComponent component(MwsSandbox sandbox) {
        MwsComponent mws = new MwsComponent();
        MwsConfiguration configuration = mws.getConfiguration();
        configuration.setEndpoint(sandbox.baseUrl());
        configuration.setAccessKey(sandbox.accessKey());
        configuration.setSecretKey(sandbox.secretKey());
        configuration.setSellerId(sandbox.sellerId());
        configuration.setAuthToken(sandbox.authToken());
        configuration.setThrottling(ThrottlingMode.WAIT);
        mws.setTimeScale(sandbox.clock().timeScale());
        return mws;
    }

    /** The requests of one action, oldest first. */
    public static List<SandboxRequest> of(List<SandboxRequest> requests, String action) {
        return requests.stream().filter(request -> action.equals(request.action())).toList();
    }

    /** The requests that name {@code id} in any parameter (a status poll's id list, a download's ReportId...). */
    public static List<SandboxRequest> naming(List<SandboxRequest> requests, String id) {
        return requests.stream().filter(request -> request.parameters().containsValue(id)).toList();
    }

    /** The simulated time between each request and the next. */
    public static List<Duration> gaps(List<SandboxRequest> requests) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add(Duration.between(requests.get(i - 1).receivedAt(), requests.get(i).receivedAt()));
        }
        return gaps;
    }

    /** The simulated time from {@code from} to a request's receipt. */
    public static Duration since(Instant from, SandboxRequest request) {
        return Duration.between(from, request.receivedAt());
    }
}
