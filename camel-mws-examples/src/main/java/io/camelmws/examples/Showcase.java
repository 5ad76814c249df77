package io.camelmws.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.spi.RouteIdAware;

/**
 * What the showcase's routes moved, counted by the routes themselves (bean {@code showcase}), and when each flow is
 * done. A polling route names it as its {@code pollStrategy}: a poll that ends, after its exchanges ran, is recorded
 * under the route's id. Once every flow of the run is done, the completion callback ends Camel Main.
 */
public class Showcase implements PollingConsumerPollStrategy {

    private final Set<Flow> flows;
    private final Runnable onAllDone;
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final Map<Flow, Boolean> done = new ConcurrentHashMap<>();
    private final Map<Flow, String> failures = new ConcurrentHashMap<>();
    private volatile int expectedFeeds;
    private volatile boolean completed;

    public Showcase(Set<Flow> flows, Runnable onAllDone) {
        this.flows = Set.copyOf(flows);
        this.onAllDone = onAllDone;
    }

    /** Adds one to a counter of a route ({@code count('orders-to-files', 'files')}). */
    public void count(String route, String what) {
        add(route, what, 1);
        check();
    }

    /** Adds {@code amount} to a counter (an SQL update count, the rows of a split). */
    public void add(String route, String what, long amount) {
        counters.computeIfAbsent(route + "." + what, k -> new AtomicLong()).addAndGet(amount);
        check();
    }

    public long counter(String route, String what) {
        AtomicLong value = counters.get(route + "." + what);
        return value == null ? 0 : value.get();
    }

    /** The number of feed files this run dropped into the inbox: the feeds flow is done when as many have been handled. */
    public void expectFeeds(int files) {
        this.expectedFeeds = files;
        check();
    }

    public int expectedFeeds() {
        return expectedFeeds;
    }

    /** A flow that cannot finish: it is reported as failed and no longer waited for. */
    public void fail(Flow flow, String reason) {
        failures.putIfAbsent(flow, reason);
        done.put(flow, true);
        check();
    }

    public Map<Flow, String> failures() {
        return Map.copyOf(failures);
    }

    public boolean isDone(Flow flow) {
        return done.getOrDefault(flow, false);
    }

    public boolean allDone() {
        return flows.stream().allMatch(this::isDone);
    }

    /** Whether the flow's own condition holds; a flow is done once it has held. */
    private synchronized void check() {
        for (Flow flow : flows) {
            if (!isDone(flow) && flow.isDone(this)) {
                done.put(flow, true);
            }
        }
        if (!completed && allDone()) {
            completed = true;
            onAllDone.run();
        }
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        String route = routeOf(consumer);
        add(route, "polls", 1);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        // The consumer lists the same window again at its next poll; the showcase polls once, so the flow fails.
        String route = routeOf(consumer);
        Flow.ofRoute(route).ifPresent(flow -> fail(flow, "a poll of " + route + " failed: " + cause.getMessage()));
        return false;
    }

    private static String routeOf(Consumer consumer) {
        return consumer instanceof RouteIdAware aware ? aware.getRouteId() : String.valueOf(consumer);
    }

    /** Every counter, by route and name, for the summary and for tests. */
    public Map<String, Long> counters() {
        Map<String, Long> copy = new LinkedHashMap<>();
        counters.keySet().stream().sorted().forEach(key -> copy.put(key, counters.get(key).get()));
        return copy;
    }
}
