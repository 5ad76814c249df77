package io.camelmws.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.main.Main;

/**
 * Runs the showcase: Camel Main with the YAML flows (orders to files, orders to a queue to a database, reports, feeds)
 * against an embedded MWS sandbox, or against the MWS that {@code camel.component.mws.endpoint} names, then prints
 * what each flow moved and exits, non-zero when a flow failed. Flows are chosen by name on the command line or in
 * {@code examples.flows}. With {@code camel.main.routes-include-pattern} set, it runs the user's routes instead,
 * with the same broker ({@code jms}) and database ({@code #examplesDb}) at hand.
 */
public final class ExamplesMain {

    static final String ENDPOINT_PROPERTY = "camel.component.mws.endpoint";
    static final String ROUTES_PROPERTY = "camel.main.routes-include-pattern";
    static final String FLOWS_PROPERTY = "examples.flows";
    static final String WORK_DIR_PROPERTY = "examples.work-dir";
    static final String FAULTS_PROPERTY = "examples.faults";

    /** What the routes' {@code {{examples.*}}} placeholders are, unless given as -D. */
    private static final Map<String, String> DEFAULTS = Map.of(
            "examples.orders-window", "PT6H",
            "examples.polls", "1",
            "examples.report-list-period", "2000",
            "examples.large-report-size", "1MiB",
            // A flow that has not finished by then has failed.
            "camel.main.duration-max-seconds", "240",
            "camel.main.shutdown-timeout", "15");

    private final Properties system;
    private final PrintStream out;
    private final List<String> args;

    ExamplesMain(Properties system, PrintStream out, String... args) {
        this.system = system;
        this.out = out;
        this.args = List.of(args);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ExamplesMain(System.getProperties(), System.out, args).run());
    }

    /** Runs to completion and returns the process exit code: 0 when every flow moved what it should have. */
    int run() throws Exception {
        boolean userRoutes = system.getProperty(ROUTES_PROPERTY) != null;
        Set<Flow> flows;
        try {
            flows = userRoutes ? Set.of() : chosenFlows();
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        Path workDir = Path.of(system.getProperty(WORK_DIR_PROPERTY, "mws-examples-work")).toAbsolutePath();
        Files.createDirectories(workDir);
        EmbeddedSandbox sandbox = system.getProperty(ENDPOINT_PROPERTY) == null ? startSandbox(workDir) : null;
        Set<String> continuing = continuingConsumers(workDir);
        ExamplesDatabase database = new ExamplesDatabase(workDir.resolve("db"));
        Main main = new Main();
        Showcase showcase = new Showcase(flows, main::completed);
        try (EmbeddedBroker broker = new EmbeddedBroker().start(workDir.resolve("broker"))) {
            main.bind("showcase", showcase);
            main.bind("examplesDb", database.dataSource());
            main.bind("jms", broker.jmsComponent());
            // Initial properties rank below JVM system properties, so every -D still wins.
            main.addInitialProperty(WORK_DIR_PROPERTY, workDir.toString());
            DEFAULTS.forEach(main::addInitialProperty);
            if (sandbox != null) {
                main.addInitialProperty(ENDPOINT_PROPERTY, sandbox.sandbox().baseUrl());
                main.addInitialProperty("camel.component.mws.access-key", sandbox.sandbox().accessKey());
                main.addInitialProperty("camel.component.mws.secret-key", sandbox.sandbox().secretKey());
                main.addInitialProperty("camel.component.mws.seller-id", sandbox.sandbox().sellerId());
                main.addInitialProperty("camel.component.mws.time-scale", String.valueOf(EmbeddedSandbox.TIME_SCALE));
                if (Boolean.parseBoolean(system.getProperty(FAULTS_PROPERTY, "true"))) {
                    sandbox.armFaults();
                }
            }
            main.addInitialProperty("camel.component.mws.application-name", "camel-mws-examples");
            if (!userRoutes) {
                main.configure().withRoutesIncludePattern(flows.stream().map(f -> "classpath:" + f.yamlResource()).collect(Collectors.joining(",")));
                if (flows.contains(Flow.FEEDS)) {
                    // Sample price changes go to the sandbox only: against a real seller only the files you drop are sent.
                    showcase.expectFeeds(FeedInbox.fill(workDir.resolve("feeds").resolve("inbox"), sandbox == null ? -1 : sandbox.run()));
                }
            }
            main.run();
        } finally {
            if (sandbox != null) {
                sandbox.saveState();
            }
        }
        try {
            if (userRoutes) {
                return 0;
            }
            ShowcaseSummary summary = new ShowcaseSummary(flows, showcase, database, sandbox == null ? null : new SandboxRecords(sandbox.sandbox()),
                    continuing);
            String target = sandbox != null ? "the embedded sandbox at " + sandbox.sandbox().baseUrl() + " (run " + sandbox.run() + ")"
                    : system.getProperty(ENDPOINT_PROPERTY);
            return summary.print(out, target, workDir) ? 0 : 1;
        } finally {
            database.shutdown();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** The command line's flow names, else {@code examples.flows}, else every flow. */
    private Set<Flow> chosenFlows() {
        List<String> names = !args.isEmpty() ? args
                : Arrays.stream(system.getProperty(FLOWS_PROPERTY, "").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            return EnumSet.allOf(Flow.class);
        }
        Set<Flow> flows = EnumSet.noneOf(Flow.class);
        names.forEach(name -> flows.add(Flow.of(name)));
        return flows;
    }

    /** The orders consumers whose state a previous run left: their first window starts at that run's watermark. */
    private static Set<String> continuingConsumers(Path workDir) {
        Path state = workDir.resolve("state");
        if (!Files.isDirectory(state)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(state)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".state")).map(n -> n.substring(0, n.length() - 6))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmbeddedSandbox startSandbox(Path workDir) {
        EmbeddedSandbox sandbox = EmbeddedSandbox.start(workDir);
        out.println("Started the embedded MWS sandbox at " + sandbox.sandbox().baseUrl() + ", run " + sandbox.run() + " of its seller"
                    + " (set -D" + ENDPOINT_PROPERTY + "=NA|EU|FE|... and credentials to call real MWS)");
        return sandbox;
    }

    /** The sample price feeds the feeds flow finds in its inbox. */
    static final class FeedInbox {
        private static final Map<String, String> SAMPLES = new LinkedHashMap<>();

        static {
            SAMPLES.put("prices.txt", "feeds/prices.txt");
            SAMPLES.put("prices-with-errors.txt", "feeds/prices-with-errors.txt");
        }

        private FeedInbox() {
        }

        /**
         * Copies the samples in (named after the run, so that no run overwrites another's; none when {@code run} is
         * negative) and returns the files now waiting.
         */
        static int fill(Path inbox, int run) throws IOException {
            Files.createDirectories(inbox);
            for (Map.Entry<String, String> sample : run < 0 ? Map.<String, String>of().entrySet() : SAMPLES.entrySet()) {
                try (InputStream in = ExamplesMain.class.getClassLoader().getResourceAsStream(sample.getValue())) {
                    Files.copy(in, inbox.resolve("run-" + run + "-" + sample.getKey()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (Stream<Path> files = Files.list(inbox)) {
                return (int) files.filter(p -> p.getFileName().toString().endsWith(".txt")).count();
            }
        }
    }
}
