package io.camelmws.sandbox;

import com.sun.net.httpserver.HttpHandler;
import io.camelmws.sandbox.clock.SimulationClock;
import io.camelmws.sandbox.fault.SandboxFaults;
import io.camelmws.sandbox.feeds.FeedStore;
import io.camelmws.sandbox.inventory.InventoryOperations;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Listings;
import io.camelmws.sandbox.orders.OrderBook;
import io.camelmws.sandbox.orders.OrdersOperations;
import io.camelmws.sandbox.inbound.InboundOperations;
import io.camelmws.sandbox.outbound.OutboundOperations;
import io.camelmws.sandbox.sellers.SellersOperations;
import io.camelmws.sandbox.subscriptions.SubscriptionsOperations;
import io.camelmws.sandbox.throttle.Quota;
import io.camelmws.sandbox.webservice.ProcessingTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * A local Amazon MWS on a real HTTP server at 127.0.0.1: it verifies Signature Version 2, applies MWS's
 * front-door checks, throttles as MWS does on a {@link #clock() simulated clock} that can run faster than real
 * time, answers in each section's namespace, records every request and fails on demand, all in the JVM that
 * builds it: tests embed it and drive it through this Java API.
 * <pre>{@code
 * try (MwsSandbox sandbox = MwsSandbox.builder().accessKey("AKIA...").secretKey("...").sellerId("A2...")
 *         .build().start()) {
 *     // point the client at sandbox.baseUrl()
 * }
 * }</pre>
 */
public final class MwsSandbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MwsSandbox.class.getName());

    /**
     * The system property that turns {@link Builder#shuffleElementOrder(boolean)} on for every sandbox built in the
     * JVM (a build sets it to run a whole test suite against shuffled answers). Absent: off.
     */
    public static final String SHUFFLE_ELEMENT_ORDER_PROPERTY = "camel-mws.sandbox.shuffleElementOrder";

    private final SandboxState state;
    private final SandboxListeners listeners;
    private volatile boolean closed;

    private MwsSandbox(Builder builder) {
        this.state = new SandboxState(builder);
        this.listeners = new SandboxListeners(builder);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts answering. Returns this sandbox, for {@code builder()...build().start()}.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public synchronized MwsSandbox start() {
        if (listeners.started() || closed) {
            throw new IllegalStateException("An MwsSandbox can be started only once");
        }
        try {
            listeners.start(state::mwsHandler);
            // A scaled simulation must not have run ahead while the listeners started.
            state.clock.restartFromWall();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("The MWS sandbox cannot listen on 127.0.0.1:" + listeners.requestedPort(),
                    e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        LOG.log(Level.DEBUG, "MWS sandbox listening on {0} for {1}", baseUrl(), state.account);
        return this;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + listeners.http().host() + ":" + listeners.http().port();
    }

    /** The port actually bound (useful after {@code port(0)}). */
    public int port() {
        return listeners.http().port();
    }

    /**
     * {@code https://127.0.0.1:PORT}, without a trailing slash.
     *
     * @throws IllegalStateException unless built with {@link Builder#https(SSLContext)}
     */
    public String httpsBaseUrl() {
        return "https://" + listeners.https().host() + ":" + listeners.https().port();
    }

    /** The HTTPS port actually bound. @throws IllegalStateException unless built with {@code https(SSLContext)} */
    public int httpsPort() {
        return listeners.https().port();
    }

    public String accessKey() {
        return state.account.accessKey();
    }

    public String secretKey() {
        return state.account.secretKey();
    }

    public String sellerId() {
        return state.account.sellerId();
    }

    /** The MWSAuthToken the sandbox requires, or {@code null} when it requires none. */
    public String authToken() {
        return state.account.authToken();
    }

    /**
     * The simulated time: throttling, quotas, life cycles and payload dates follow it; its {@link
     * SimulationClock#wall() wall clock} judges request Timestamps and stamps {@code x-mws-timestamp}. It equals
     * the wall clock (plus anything {@link #advanceClock advanced}) when {@link #start()} returns and runs
     * {@code timeScale} times faster from there.
     */
    public SimulationClock clock() {
        return state.clock;
    }

    /** Moves simulated time forward by {@code duration} (throttle buckets refill, hourly windows reset...). */
    public void advanceClock(Duration duration) {
        state.clock.advance(duration);
    }

    /** The seller's orders, a function of the simulated clock: ListOrders, GetOrder and the order reports read it. */
    public OrderBook orders() {
        return state.orderBook;
    }

    /** The feeds SubmitFeed received (bodies kept on disk until reset or close), for tests to assert on. */
    public FeedStore feeds() {
        return state.feeds.feeds();
    }

    /** The seller's listings, which order items are drawn from (the same object across reseeds). */
    public Listings listings() {
        return state.orderBook.listings();
    }

    /** The Subscriptions section's state: destinations, subscriptions and the test notifications sent. */
    public SubscriptionsOperations subscriptions() {
        return state.subscriptions;
    }

    /** Every request received since start or the last {@link #clearRequests()}, oldest first (bounded). */
    public List<SandboxRequest> requests() {
        return state.requestLog.snapshot();
    }

    public void clearRequests() {
        state.requestLog.clear();
    }

    /** The faults to serve instead of, or on top of, normal answers. */
    public SandboxFaults faults() {
        return state.faults;
    }

    /** Whether requests are throttled as MWS throttles them (REFERENCE 2). */
    public boolean throttling() {
        return state.throttler.enabled();
    }

    /** Turns throttling on or off at once; while off, no quota is counted and no x-mws-quota-* header is sent. */
    public void setThrottling(boolean enabled) {
        state.throttler.setEnabled(enabled);
    }

    /** Fills every throttle bucket and closes every hourly quota window, as if no request had been made. */
    public void resetThrottling() {
        state.throttler.reset();
    }

    /**
     * Registers state that {@link #reset()} must clear (report requests, feeds, seeded orders...). Registering
     * the same object twice registers it once.
     */
    public void register(SandboxStateful stateful) {
        state.register(stateful);
    }

    /**
     * Back to a fresh sandbox, without a restart: clears the request log, the faults, every throttle bucket and
     * hourly window, and resets everything {@link #register(SandboxStateful) registered}. The clock keeps
     * running; throttling stays on or off.
     */
    public void reset() {
        state.reset();
    }

    /** Stops the server; a closed sandbox cannot be restarted. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        state.feeds.close();
        listeners.close();
    }

    @Override
    public String toString() {
        return "MwsSandbox[" + listeners + ", " + state.account + "]";
    }

    /** Configuration of a sandbox. {@code accessKey}, {@code secretKey} and {@code sellerId} are required. */
    public static final class Builder {

        int port;
        String accessKey;
        String secretKey;
        String sellerId;
        String authToken;
        Clock clock = Clock.systemUTC();
        double timeScale = 1.0;
        boolean throttling = true;
        final Map<String, Quota> quotas = new LinkedHashMap<>();
        Long faultSeed;
        SSLContext tls;
        int httpsPort;
        final Map<String, HttpHandler> handlers = new LinkedHashMap<>();
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        int requestLogCapacity = 10_000;
        ProcessingTimes reportProcessingTimes = ProcessingTimes.DEFAULT;
        ProcessingTimes feedProcessingTimes = ProcessingTimes.DEFAULT;
        int orders = OrderBook.DEFAULT_INITIAL_ORDERS;
        long seed = OrderBook.DEFAULT_SEED;
        double newOrdersPerHour = OrderBook.DEFAULT_NEW_ORDERS_PER_HOUR;
        int orderItemsPageSize = OrdersOperations.DEFAULT_ORDER_ITEMS_PAGE_SIZE;
        int participationsPageSize = SellersOperations.DEFAULT_PARTICIPATIONS_PAGE_SIZE;
        boolean shuffleElementOrder = Boolean.getBoolean(SHUFFLE_ELEMENT_ORDER_PROPERTY);
        int inventorySupplyPageSize = InventoryOperations.DEFAULT_PAGE_SIZE;
        int fulfillmentOrdersPageSize = OutboundOperations.DEFAULT_PAGE_SIZE;
        int inboundShipmentsPageSize = InboundOperations.DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = inRange("port", port, 0, 65_535);
            return this;
        }

        /** The AWSAccessKeyId the sandbox accepts. */
        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /** The secret key signatures are checked with. */
        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        /** The SellerId / Merchant the sandbox accepts. */
        public Builder sellerId(String sellerId) {
            this.sellerId = sellerId;
            return this;
        }

        /**
         * The MWSAuthToken every request must carry ({@code amzn.mws.<uuid>}), as for a third-party developer.
         * {@code null} or empty (the default): requests must carry no token, or an empty one.
         */
        public Builder authToken(String authToken) {
            this.authToken = authToken;
            return this;
        }

        /**
         * The wall clock: request Timestamp checks and {@code x-mws-timestamp} follow it, and the simulated time
         * runs on it at {@link #timeScale(double)}. Default: system UTC.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Simulated seconds per wall second: 60 makes a real second count as a minute. Default: 1. */
        public Builder timeScale(double timeScale) {
            this.timeScale = SimulationClock.checkScale(timeScale);
            return this;
        }

        /**
         * Whether requests are throttled as MWS throttles them: leaky buckets and hourly quotas per operation on
         * the simulated clock (REFERENCE 2). Default: true.
         */
        public Builder throttling(boolean throttling) {
            this.throttling = throttling;
            return this;
        }

        /**
         * Replaces MWS's published limits for one operation or shared bucket, as for an account whose limits
         * were raised: {@code quota("ListOrders", 12, Duration.ofSeconds(30), null)}. {@code name} is an
         * operation ({@code SubmitFeed}), a shared bucket ({@code ListOrders} also covers ListOrdersByNextToken)
         * or {@code Section/Operation} for one section's GetServiceStatus. An operation MWS published nothing
         * for becomes throttled.
         *
         * @param burst         the maximum request quota
         * @param restorePeriod the time in which one request comes back
         * @param hourly        the hourly request quota, or {@code null} for none
         * @throws IllegalArgumentException for a value out of range; an unknown name fails in {@link #build()}
         */
        public Builder quota(String name, int burst, Duration restorePeriod, Integer hourly) {
            Objects.requireNonNull(name, "name");
            quotas.put(name, new Quota(burst, restorePeriod, hourly));
            return this;
        }

        /** Seeds the random source of {@link io.camelmws.sandbox.fault.FaultRule#probability(double) probabilistic faults}. */
        public Builder faultSeed(long seed) {
            this.faultSeed = seed;
            return this;
        }

        /**
         * Also listens for HTTPS, with the key and certificate of {@code serverContext} (a server-side context
         * whose key manager holds them), for a client whose TLS set-up is itself under test: same handlers as on
         * HTTP, on {@link #httpsPort(int)}. The caller makes the key and certificate and makes its client trust
         * them. Default: HTTP only.
         */
        public Builder https(SSLContext serverContext) {
            this.tls = Objects.requireNonNull(serverContext, "serverContext");
            return this;
        }

        /** TCP port of the {@link #https(SSLContext) HTTPS listener} on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder httpsPort(int httpsPort) {
            this.httpsPort = inRange("httpsPort", httpsPort, 0, 65_535);
            return this;
        }

        /**
         * Serves {@code pathPrefix} and every path under it with {@code handler}, on every listener, instead of
         * MWS: for what a test needs beside MWS on the same port (a control API, a download URL, a notification
         * endpoint). Such requests are not MWS-authenticated and not in the request log.
         *
         * @throws IllegalArgumentException for a prefix that is not a path below {@code /}, or one given twice
         */
        public Builder handler(String pathPrefix, HttpHandler handler) {
            Objects.requireNonNull(handler, "handler");
            if (pathPrefix == null || !pathPrefix.startsWith("/") || pathPrefix.length() < 2) {
                throw new IllegalArgumentException("handler pathPrefix must start with / and name something after "
                        + "it, was " + pathPrefix);
            }
            if (handlers.putIfAbsent(pathPrefix, handler) != null) {
                throw new IllegalArgumentException("A handler for " + pathPrefix + " is registered already");
            }
            return this;
        }

        /** Worker threads answering requests concurrently. Default: twice the processors, at least 4. */
        public Builder threads(int threads) {
            this.threads = inRange("threads", threads, 1, Integer.MAX_VALUE);
            return this;
        }

        /** How many requests {@link MwsSandbox#requests()} keeps; older ones are dropped. Default: 10 000. */
        public Builder requestLogCapacity(int requestLogCapacity) {
            this.requestLogCapacity = inRange("requestLogCapacity", requestLogCapacity, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Orders bought during the 30 simulated days before the sandbox starts (more keep coming, see {@link
         * #newOrdersPerHour(double)}). Default: 10 000.
         */
        public Builder orders(int orders) {
            this.orders = inRange("orders", orders, 0, OrderBook.MAX_INITIAL_ORDERS);
            return this;
        }

        /** The seed of the order book and listings: the same seed gives the same orders. Default: 20130901. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Orders bought per simulated hour once the sandbox runs; 0 for none. Default: 12. */
        public Builder newOrdersPerHour(double newOrdersPerHour) {
            if (!(newOrdersPerHour >= 0) || Double.isInfinite(newOrdersPerHour)) {
                throw new IllegalArgumentException("newOrdersPerHour must be a finite number from 0, was "
                        + newOrdersPerHour);
            }
            this.newOrdersPerHour = newOrdersPerHour;
            return this;
        }

        /** Items per ListOrderItems page; a small value lets tests exercise ListOrderItemsByNextToken. Default: 100. */
        public Builder orderItemsPageSize(int orderItemsPageSize) {
            this.orderItemsPageSize = inRange("orderItemsPageSize", orderItemsPageSize, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Marketplace participations per ListMarketplaceParticipations page; a small value lets tests exercise
         * ListMarketplaceParticipationsByNextToken. Default: 50 (one page).
         */
        public Builder participationsPageSize(int participationsPageSize) {
            this.participationsPageSize = inRange("participationsPageSize", participationsPageSize, 1,
                    Integer.MAX_VALUE);
            return this;
        }

        /**
         * Whether every XML answer comes with the child elements of each element in a shuffled order, as real MWS
         * did not keep a stable order within a parent. Elements of the same name stay together and in their order
         * (list items keep theirs); the order is decided by the {@link #seed(long) seed} and the answer, so a
         * failure it provokes can be replayed. Reports and feed processing reports are left as written. Default:
         * false, or true when the system property {@value MwsSandbox#SHUFFLE_ELEMENT_ORDER_PROPERTY} is
         * {@code true}.
         */
        public Builder shuffleElementOrder(boolean shuffleElementOrder) {
            this.shuffleElementOrder = shuffleElementOrder;
            return this;
        }

        /**
         * FBA SKUs per ListInventorySupply page of a QueryStartDateTime listing; a small value lets tests exercise
         * ListInventorySupplyByNextToken (a marketplace has about 20 FBA SKUs). Default: 50.
         */
        public Builder inventorySupplyPageSize(int inventorySupplyPageSize) {
            this.inventorySupplyPageSize = inRange("inventorySupplyPageSize", inventorySupplyPageSize, 1,
                    Integer.MAX_VALUE);
            return this;
        }

        /**
         * Fulfilment orders per ListAllFulfillmentOrders page; a small value lets tests exercise
         * ListAllFulfillmentOrdersByNextToken. Default: 100.
         */
        public Builder fulfillmentOrdersPageSize(int fulfillmentOrdersPageSize) {
            this.fulfillmentOrdersPageSize = inRange("fulfillmentOrdersPageSize", fulfillmentOrdersPageSize, 1,
                    Integer.MAX_VALUE);
            return this;
        }

        /**
         * Inbound shipments per ListInboundShipments page, and shipment items per ListInboundShipmentItems page (the
         * ByNextToken pages too). Default: 50.
         */
        public Builder inboundShipmentsPageSize(int inboundShipmentsPageSize) {
            this.inboundShipmentsPageSize = inRange("inboundShipmentsPageSize", inboundShipmentsPageSize, 1,
                    Integer.MAX_VALUE);
            return this;
        }

        /**
         * How long, in simulated time, a report request stays {@code _SUBMITTED_} and then {@code _IN_PROGRESS_}
         * before it is done. Default: 30 s and 60 s. {@code Duration.ZERO} twice makes reports ready at once.
         */
        public Builder reportProcessingTimes(Duration submitted, Duration inProgress) {
            this.reportProcessingTimes = new ProcessingTimes(submitted, inProgress);
            return this;
        }

        /**
         * How long, in simulated time, a feed submission stays {@code _SUBMITTED_} and then {@code _IN_PROGRESS_}
         * before it is done. Default: 30 s and 60 s.
         */
        public Builder feedProcessingTimes(Duration submitted, Duration inProgress) {
            this.feedProcessingTimes = new ProcessingTimes(submitted, inProgress);
            return this;
        }

        private static int inRange(String option, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(option + " must be " + (max == Integer.MAX_VALUE
                        ? "at least " + min : "from " + min + " to " + max) + ", was " + value);
            }
            return value;
        }

        /** @throws IllegalArgumentException naming a missing or blank required option */
        public MwsSandbox build() {
            return new MwsSandbox(this);
        }
    }
}
