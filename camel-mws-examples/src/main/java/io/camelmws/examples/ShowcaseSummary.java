package io.camelmws.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The summary the showcase exits with: per flow what its routes counted, what the sandbox says it served (when the
 * showcase ran against the embedded one) and the rows in the database, and whether they agree. Each flow's line reads
 * {@code <flow> OK|FAILED key=value ...}, so that a script (and ExamplesJarIT) can read it.
 */
final class ShowcaseSummary {

    static final String US = "ATVPDKIKX0DER";
    static final String DE = "A1PA6795UKMFR9";

    private final Set<Flow> flows;
    private final Showcase showcase;
    private final ExamplesDatabase database;
    private final SandboxRecords records;
    private final Set<String> continuing;

    /** @param records null against real MWS: then only the flows' own counts are checked */
    ShowcaseSummary(Set<Flow> flows, Showcase showcase, ExamplesDatabase database, SandboxRecords records, Set<String> continuing) {
        this.flows = flows;
        this.showcase = showcase;
        this.database = database;
        this.records = records;
        this.continuing = continuing;
    }

    /** Prints the summary; true when every flow finished and its counts agree. */
    boolean print(PrintStream out, String target, Path workDir) {
        out.println();
        out.println("camel-mws showcase against " + target + ", work directory " + workDir);
        int failed = 0;
        for (Flow flow : flows) {
            Line line = line(flow);
            String failure = showcase.failures().get(flow);
            if (failure != null) {
                line.problems.add(failure);
            } else if (!showcase.isDone(flow)) {
                line.problems.add("did not finish before camel.main.duration-max-seconds");
            }
            boolean ok = line.problems.isEmpty();
            failed += ok ? 0 : 1;
            out.printf("  %-20s %-6s %s%n", flow.id(), ok ? "OK" : "FAILED",
                    line.values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
            line.problems.forEach(problem -> out.println("      " + problem));
        }
        if (records != null) {
            Map<String, Long> faults = records.faultsServed();
            out.println("  faults the sandbox served, each ridden through by a retry: "
                        + (faults.isEmpty() ? "none" : faults.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "))));
        }
        out.println("  " + flows.size() + " flows, " + failed + " failed");
        return failed == 0;
    }

    private Line line(Flow flow) {
        Line line = new Line();
        switch (flow) {
            case ORDERS_TO_FILES -> {
                long files = line.put("files", showcase.counter("orders-to-files", "files"));
                if (records != null) {
                    int served = records.orderVersionsServed(US, continuing.contains("orders-to-files")).size();
                    line.agree("order versions the sandbox served", line.put("sandboxVersions", served), "files written", files);
                }
            }
            case ORDERS_TO_DATABASE -> {
                long published = line.put("published", showcase.counter("orders-to-queue", "published"));
                long consumed = line.put("consumed", showcase.counter("queue-to-database", "consumed"));
                long upserts = line.put("upserts", showcase.counter("queue-to-database", "upserts"));
                line.put("orderRows", database.count("mws_order"));
                line.put("itemRows", database.count("mws_order_item"));
                line.agree("messages published", published, "messages consumed", consumed);
                line.agree("messages consumed", consumed, "order versions upserted", upserts);
                if (records != null) {
                    int served = records.orderVersionsServed(DE, continuing.contains("orders-to-queue")).size();
                    line.agree("order versions the sandbox served", line.put("sandboxVersions", served), "messages published", published);
                }
            }
            case REPORTS -> {
                long collected = line.put("scheduledReports", showcase.counter("report-collect", "reports"));
                long large = line.put("largeReports", showcase.counter("large-report", "reports"));
                long rows = line.put("largeReportRows", showcase.counter("large-report", "rows"));
                line.agree("large report rows", rows, "rows in mws_report_row", line.put("reportRows", database.count("mws_report_row")));
                if (records != null) {
                    int downloaded = records.reportsDownloaded().size();
                    line.put("sandboxAcknowledged", records.reportsAcknowledged().size());
                    line.agree("reports the sandbox served whole", line.put("sandboxReports", downloaded), "reports collected", collected + large);
                }
            }
            case FEEDS -> {
                long done = line.put("done", showcase.counter("feeds", "done"));
                long dead = line.put("deadLetter", showcase.counter("feeds", "dead-letter"));
                long files = line.put("files", showcase.expectedFeeds());
                line.agree("feed files in the inbox", files, "feed files handled", done + dead);
                if (records != null) {
                    line.agree("feeds the sandbox received", line.put("sandboxFeeds", records.feedsReceived()), "feed files handled", done + dead);
                }
            }
            default -> throw new IllegalStateException("No summary for " + flow);
        }
        return line;
    }

    /** One flow's figures, in the order they are printed, and what does not add up. */
    private static final class Line {
        final Map<String, Long> values = new LinkedHashMap<>();
        final List<String> problems = new ArrayList<>();

        long put(String name, long value) {
            values.put(name, value);
            return value;
        }

        void agree(String what, long value, String other, long otherValue) {
            if (value != otherValue) {
                problems.add(what + " (" + value + ") differ from " + other + " (" + otherValue + ")");
            }
        }
    }
}
