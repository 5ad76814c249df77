package io.camelmws.sandbox.junit;

import io.camelmws.sandbox.MwsSandbox;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link MwsSandbox} per test class, on a free port, with fixed test credentials; faults, the request log and
 * the throttle buckets and hourly windows are cleared before each test so tests cannot see each other's traffic.
 * Throttling is on, as at MWS, unless {@link #withThrottling(boolean)} turns it off.
 * <pre>{@code
 * @RegisterExtension
 * static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension();
 *
 * @Test
 * void listsOrders(MwsSandbox sandbox) { ... SANDBOX.baseUrl() ... }
 * }</pre>
 * Register it in a {@code static} field: JUnit calls the class-level callbacks only for static registrations.
 */
public final class MwsSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    public static final String DEFAULT_ACCESS_KEY = "AKIASANDBOXEXAMPLE01";
    /** Contains {@code + / = &} on purpose: a client that forgets to encode them fails its signature. */
    public static final String DEFAULT_SECRET_KEY = "sandbox+Secret/Key=With&Reserved+Chars/0123456789=";
    public static final String DEFAULT_SELLER_ID = "A2SANDBOXSELLER01";
    public static final String DEFAULT_AUTH_TOKEN = "amzn.mws.4ea38b7b-f563-7709-4bae-5a4db0c0ffee";

    private String accessKey = DEFAULT_ACCESS_KEY;
    private String secretKey = DEFAULT_SECRET_KEY;
    private String sellerId = DEFAULT_SELLER_ID;
    private String authToken = DEFAULT_AUTH_TOKEN;
    private Clock clock = Clock.systemUTC();
    private double timeScale = 1.0;
    private boolean throttling = true;
    /** {@code null}: the builder's default (the system property {@link MwsSandbox#SHUFFLE_ELEMENT_ORDER_PROPERTY}). */
    private Boolean shuffleElementOrder;

    private MwsSandbox sandbox;
    /** Nested test classes run the class callbacks again; only the outermost level starts and stops. */
    private int classDepth;

    public MwsSandboxExtension withAccessKey(String accessKey) {
        this.accessKey = accessKey;
        return this;
    }

    public MwsSandboxExtension withSecretKey(String secretKey) {
        this.secretKey = secretKey;
        return this;
    }

    public MwsSandboxExtension withSellerId(String sellerId) {
        this.sellerId = sellerId;
        return this;
    }

    /** Another token, or {@code null} for a seller that uses its own keys (requests then carry no token). */
    public MwsSandboxExtension withAuthToken(String authToken) {
        this.authToken = authToken;
        return this;
    }

    /** The wall clock the sandbox's simulated time runs on. */
    public MwsSandboxExtension withClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Simulated seconds per wall second (see {@link MwsSandbox.Builder#timeScale(double)}). */
    public MwsSandboxExtension withTimeScale(double timeScale) {
        this.timeScale = timeScale;
        return this;
    }

    /** Whether the sandbox throttles as MWS does (the default) or lets every request through. */
    public MwsSandboxExtension withThrottling(boolean throttling) {
        this.throttling = throttling;
        return this;
    }

    /** Whether answers come with their elements shuffled (see {@link MwsSandbox.Builder#shuffleElementOrder}). */
    public MwsSandboxExtension withShuffledElementOrder(boolean shuffled) {
        this.shuffleElementOrder = shuffled;
        return this;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (classDepth++ == 0) {
            MwsSandbox.Builder builder = MwsSandbox.builder().port(0).accessKey(accessKey).secretKey(secretKey)
                    .sellerId(sellerId).authToken(authToken).clock(clock).timeScale(timeScale).throttling(throttling);
            if (shuffleElementOrder != null) {
                builder.shuffleElementOrder(shuffleElementOrder);
            }
            sandbox = builder.build().start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classDepth == 0 && sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MwsSandbox running = sandbox();
        running.faults().clear();
        running.clearRequests();
        running.resetThrottling();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == MwsSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox();
    }

    /** The running sandbox. */
    public synchronized MwsSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("The MWS sandbox runs only while the test class runs; register "
                    + "MwsSandboxExtension in a static field with @RegisterExtension");
        }
        return sandbox;
    }

    public String baseUrl() {
        return sandbox().baseUrl();
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public String sellerId() {
        return sellerId;
    }

    /** The token requests must carry, or {@code null}. */
    public String authToken() {
        return authToken == null || authToken.isEmpty() ? null : authToken;
    }
}
