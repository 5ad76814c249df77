package io.camelmws.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.apache.camel.Exchange;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.Section;

/**
 * Collects what the example routes learned: the status each route got for each section, or why it failed.
 * When every expected route has reported, it runs the completion callback (which ends Camel Main).
 */
public class StatusBoard {

    private final Set<String> expectedRoutes;
    private final Runnable onAllRoutesDone;
    private final Map<String, Map<String, String>> results = new ConcurrentSkipListMap<>();
    private final Set<String> doneRoutes = ConcurrentHashMap.newKeySet();
    private volatile int failures;

    public StatusBoard(Set<String> expectedRoutes, Runnable onAllRoutesDone) {
        this.expectedRoutes = Set.copyOf(expectedRoutes);
        this.onAllRoutesDone = onAllRoutesDone;
    }

    /** The sections that answer GetServiceStatus, from the component's catalog (Feeds and Reports have none). */
    public List<String> sections() {
        return MwsCatalog.standard().sections().stream().filter(Section::hasServiceStatus).map(Section::name).toList();
    }

    public void recordStatus(String route, String section, String status) {
        results.computeIfAbsent(section, s -> new ConcurrentSkipListMap<>()).put(route, status);
    }

    public void recordFailure(String route, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String section = exchange.getMessage().getHeader("section", String.class);
        results.computeIfAbsent(section, s -> new ConcurrentSkipListMap<>())
                .put(route, "FAILED: " + (cause == null ? "unknown error" : cause.getMessage()));
        failures++;
    }

    public void routeDone(String route) {
        doneRoutes.add(route);
        if (doneRoutes.containsAll(expectedRoutes)) {
            onAllRoutesDone.run();
        }
    }

    public boolean complete() {
        return doneRoutes.containsAll(expectedRoutes);
    }

    public int failures() {
        return failures;
    }

    public Map<String, Map<String, String>> results() {
        return results;
    }

    public void printSummary(PrintStream out, String target) {
        out.println();
        out.println("GetServiceStatus of every MWS section, from " + target);
        out.printf("  %-30s %-10s %-10s%n", "section", "java", "yaml");
        results.forEach((section, byRoute) -> out.printf("  %-30s %-10s %-10s%n", section,
                byRoute.getOrDefault("java", "-"), byRoute.getOrDefault("yaml", "-")));
        int calls = results.values().stream().mapToInt(Map::size).sum();
        out.println("  " + results.size() + " sections, " + calls + " calls, " + failures + " failed");
    }
}
