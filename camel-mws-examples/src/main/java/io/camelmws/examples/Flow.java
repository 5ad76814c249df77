package io.camelmws.examples;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.camel.RoutesBuilder;

import io.camelmws.examples.flows.FeedsRoute;
import io.camelmws.examples.flows.OrdersToDatabaseRoute;
import io.camelmws.examples.flows.OrdersToFilesRoute;
import io.camelmws.examples.flows.ReportsRoute;

/**
 * The showcase's flows: the YAML file the jar runs, its Java twin that the tests run, the routes it is made of, and
 * when it is done (read from what its routes counted in the {@link Showcase}).
 */
public enum Flow {

    ORDERS_TO_FILES("orders-to-files", OrdersToFilesRoute::new, List.of("orders-to-files"),
            s -> s.counter("orders-to-files", "polls") >= 1),
    ORDERS_TO_DATABASE("orders-to-database", OrdersToDatabaseRoute::new, List.of("orders-to-queue", "queue-to-database"),
            s -> s.counter("orders-to-queue", "polls") >= 1
                 && s.counter("queue-to-database", "consumed") >= s.counter("orders-to-queue", "published")),
    REPORTS("reports", ReportsRoute::new, List.of("report-collect", "large-report"),
            s -> s.counter("report-collect", "reports") >= 1 && s.counter("large-report", "reports") >= 1),
    FEEDS("feeds", FeedsRoute::new, List.of("feeds"),
            s -> s.counter("feeds", "done") + s.counter("feeds", "dead-letter") >= s.expectedFeeds());

    private final String id;
    private final Supplier<RoutesBuilder> javaRoutes;
    private final List<String> routeIds;
    private final Predicate<Showcase> done;

    Flow(String id, Supplier<RoutesBuilder> javaRoutes, List<String> routeIds, Predicate<Showcase> done) {
        this.id = id;
        this.javaRoutes = javaRoutes;
        this.routeIds = routeIds;
        this.done = done;
    }

    /** The name on the command line and in the summary: {@code orders-to-files}. */
    public String id() {
        return id;
    }

    /** The YAML routes the jar runs. */
    public String yamlResource() {
        return "routes/" + id + ".yaml";
    }

    /** The same routes in Java DSL, as the tests run them. */
    public RoutesBuilder javaRoutes() {
        return javaRoutes.get();
    }

    public List<String> routeIds() {
        return routeIds;
    }

    boolean isDone(Showcase showcase) {
        return done.test(showcase);
    }

    /** @throws IllegalArgumentException naming the flows there are */
    public static Flow of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No flow named '" + id + "'; the flows are " + names()));
    }

    static Optional<Flow> ofRoute(String routeId) {
        return Arrays.stream(values()).filter(f -> f.routeIds.contains(routeId)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(Flow::id).collect(Collectors.joining(", "));
    }
}
