package io.camelmws.bench.report;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.camelmws.bench.GroupRun;
import io.camelmws.bench.Result;
import io.camelmws.bench.e2e.FeedAudit;
import io.camelmws.bench.e2e.SoakFaults;

/**
 * The soak's part of docs/performance.md: its goals for "Goals at a glance", and its section: how every route's
 * exchanges ended, why those that failed failed, the feeds sent against those received, the faults served, and the
 * heap, threads and file descriptors at the start and the end.
 */
final class SoakSection {

    /** How much the heap in use after full collections may grow from start to end and still count as flat. */
    static final double HEAP_TOLERANCE_MIB = 4;
    /** Threads: pools sized on demand may add a few (a second download digest thread, say). */
    static final int THREADS_TOLERANCE = 5;
    /** File descriptors: the pool may keep up to maxConnectionsPerRoute (20) idle connections to the sandbox. */
    static final int FDS_TOLERANCE = 20;

    private static final Map<String, String> ROUTES = Map.of(
            "orders", "`mws:ListOrders?autoPaginate=true` (25 per page, two simulated days) `.split(body()).streaming()`",
            "order-details", "`mws:GetOrder` then `mws:ListOrderItems` of one of 200 orders",
            "feed", "`mws:SubmitFeed` of a price feed (flat file, one SKU of its own)",
            "feed-await", "the same with `await=true`: until `_DONE_`, with its processing report",
            "report-await", "`mws:RequestReport?reportType=_GET_MERCHANT_LISTINGS_DATA_&await=true`, the report read to its end",
            "status", "`mws:GetServiceStatus?section=Orders`");

    private static final Map<String, String> FEEDS = Map.ofEntries(
            Map.entry("sent", "feed exchanges started, each with a SKU of its own"),
            Map.entry("reported", "exchanges that reported a FeedSubmissionId (completed, or failed later in `await`)"),
            Map.entry("received", "feeds the sandbox received"),
            Map.entry("received_as_reported", "… that are the submission their exchange reported"),
            Map.entry("uncertain", "exchanges that failed with `MwsUncertainOutcomeException` (acceptable: the route is told)"),
            Map.entry("uncertain_received", "… whose feed did arrive (named among the candidates, when there are any)"),
            Map.entry("failed_not_received", "exchanges that failed otherwise, whose feed never arrived"),
            Map.entry("reported_not_received", "reported a FeedSubmissionId, but the feed never arrived"),
            Map.entry("wrong_id", "reported a FeedSubmissionId that holds another exchange's feed (adopted the wrong submission)"),
            Map.entry("duplicates", "feeds that arrived once more than sent"),
            Map.entry("received_unexplained", "feeds received that no exchange reported or named as a candidate"));

    private SoakSection() {
    }

    /** A row of "Goals at a glance". */
    record Goal(String goal, String measured, String verdict) {
    }

    static List<Goal> goals(Optional<GroupRun> soak) {
        if (soak.isEmpty()) {
            return List.of(new Goal("soak: no exchange lost, every feed accounted for, heap, threads and file descriptors flat", "–", "not measured"));
        }
        GroupRun g = soak.get();
        List<Goal> goals = new ArrayList<>();
        Optional<Result> all = g.first("soak.lost", "route", "all");
        goals.add(new Goal("soak: no exchange lost (started = completed + failed, after draining)",
                all.map(r -> count(r.value()) + " of " + count(Double.parseDouble(r.key("started")))).orElse("–"), Figures.atMost(all, 0)));
        long misreported = feed(g, "reported_not_received") + feed(g, "wrong_id") + feed(g, "duplicates");
        goals.add(new Goal("soak: every feed reported submitted arrived once, as the submission reported",
                feed(g, "received_as_reported") + " of " + feed(g, "reported") + " reported; " + misreported + " lost, duplicated or under another id",
                Figures.atMost(misreported, Double.NaN, 0)));
        long unexplained = feed(g, "received_unexplained");
        goals.add(new Goal("soak: every feed received is explained by its exchange (its id, or an uncertain outcome)",
                unexplained + " of " + feed(g, "received") + " unexplained", Figures.atMost(unexplained, Double.NaN, 0)));
        goals.add(flat(g, "soak.heap", "heap in use after full GCs", HEAP_TOLERANCE_MIB, " MiB"));
        goals.add(flat(g, "soak.threads", "live threads", THREADS_TOLERANCE, ""));
        goals.add(flat(g, "soak.fds", "open file descriptors", FDS_TOLERANCE, ""));
        return goals;
    }

    private static Goal flat(GroupRun g, String name, String what, double tolerance, String unit) {
        Optional<Result> start = g.first(name, "phase", "start");
        Optional<Result> end = g.first(name, "phase", "end");
        String goal = "soak: " + what + " flat (end ≤ start + " + count(tolerance) + unit + ")";
        if (start.isEmpty() || end.isEmpty()) {
            return new Goal(goal, "–", "not measured");
        }
        return new Goal(goal, amount(start.get()) + " → " + amount(end.get()) + unit,
                Figures.atMost(end.get().value() - start.get().value(), Double.NaN, tolerance));
    }

    /** A count: whole, thousands separated. */
    private static String count(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /** A count held in a result's key. */
    private static String count(Result result, String key) {
        return result.key(key) == null ? "–" : count(Double.parseDouble(result.key(key)));
    }

    /** MiB with decimals, threads and descriptors as counts. */
    private static String amount(Result result) {
        return "MiB".equals(result.unit()) ? Figures.plain(result.value()) : count(result.value());
    }

    private static long feed(GroupRun g, String measure) {
        return g.first("soak.feeds", "measure", measure).map(r -> (long) r.value()).orElse(0L);
    }

    static void render(StringBuilder md, GroupRun g) {
        Optional<Result> run = g.first("soak.run");
        String scale = run.map(r -> r.key("scale")).orElse("?");
        md.append("Routes as a user writes them, in a child JVM with `-Xmx64m` (so the heap, threads and file descriptors are the")
                .append(" component's), against the sandbox in the parent JVM; both on a clock ").append(scale)
                .append(" times faster than real time and both throttling (the component with `throttling=WAIT`), every endpoint with")
                .append(" `requestTimeout=").append(run.map(r -> r.key("request_timeout_ms")).orElse("?")).append("` ms and otherwise")
                .append(" the defaults. ").append(run.map(r -> r.key("producers")).orElse("?"))
                .append(" producer threads each send one exchange after another to their route, so at most that many are in flight: a")
                .append(" warm-up of ").append(run.map(r -> count(r, "warmup_s")).orElse("?")).append(" s, then ")
                .append(run.map(r -> String.format(Locale.ROOT, "%.0f", r.value())).orElse("?")).append(" s. After each phase the producers stop and the")
                .append(" exchanges in flight drain (the last took ").append(run.map(r -> r.key("drain_s")).orElse("?"))
                .append(" s); the heap (after three `System.gc()`), the live threads and `/proc/self/fd` are read then, at the start")
                .append(" and at the end. The counts cover both phases.\n\n");

        md.append("| route | what | producers | started | completed | failed | lost (goal 0) | `CamelMwsRecovered` | uncertain outcome |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result route : g.find("soak.lost")) {
            String id = route.key("route");
            md.append("| ").append("all".equals(id) ? "**all**" : id).append(" | ").append(ROUTES.getOrDefault(id, "")).append(" | ")
                    .append(route.key("producers") == null ? "" : route.key("producers")).append(" | ").append(count(route, "started"))
                    .append(" | ").append(count(route, "completed")).append(" | ").append(count(route, "failed")).append(" | ")
                    .append(count(route.value())).append(": ").append(Figures.atMost(route.value(), Double.NaN, 0)).append(" | ")
                    .append(count(route, "recovered")).append(" | ").append(count(route, "uncertain")).append(" |\n");
        }
        md.append('\n');
        run.ifPresent(r -> md.append("The orders route paged ").append(count(r, "pages")).append(" pages of ").append(count(r, "orders"))
                .append(" orders in all; the report route read ").append(Figures.plain(Double.parseDouble(r.key("report_bytes")) / 1e6))
                .append(" MB of reports.\n\n"));

        List<Result> failures = g.find("soak.failures");
        if (failures.isEmpty()) {
            md.append("No exchange failed.\n\n");
        } else {
            md.append("Why the failed exchanges failed (the `MwsException` among the causes, with MWS's code or the first line of its")
                    .append(" message, numbers as N):\n\n| route | exception | reason | exchanges |\n|---|---|---|---|\n");
            for (Result failure : failures) {
                md.append("| ").append(failure.key("route")).append(" | `").append(failure.key("exception")).append("` | ")
                        .append(URLDecoder.decode(failure.key("reason"), StandardCharsets.UTF_8).replace("|", "\\|")).append(" | ")
                        .append(count(failure.value())).append(" |\n");
            }
            md.append('\n');
        }

        md.append("Feeds, each exchange's report held against the feeds the sandbox received (by the SKU each feed carries):\n\n")
                .append("| feeds | count | goal |\n|---|---|---|\n");
        for (Result feed : g.find("soak.feeds")) {
            String measure = feed.key("measure");
            boolean zero = FeedAudit.MUST_BE_ZERO.contains(measure);
            md.append("| ").append(FEEDS.getOrDefault(measure, measure)).append(" | ").append(count(feed.value())).append(" | ")
                    .append(zero ? "0: " + Figures.atMost(feed.value(), Double.NaN, 0) : "–").append(" |\n");
        }
        md.append('\n');

        Optional<Result> requests = g.first("soak.requests");
        md.append("Faults the sandbox served, each drawn per request at the probability shown (seeded, tried in this order):\n\n")
                .append("| fault | what the client meets | probability | operations | requests |\n|---|---|---|---|---|\n");
        for (Result fault : g.find("soak.faults")) {
            md.append("| ").append(fault.key("kind")).append(" | ").append(SoakFaults.describe(fault.key("kind"))).append(" | ")
                    .append(fault.key("probability")).append(" | ").append("any".equals(fault.key("actions")) ? "any" : fault.key("actions").replace(",", ", "))
                    .append(" | ").append(count(fault.value())).append(" |\n");
        }
        requests.ifPresent(r -> {
            double faulted = Double.parseDouble(r.key("faulted"));
            md.append(String.format(Locale.ROOT, "%nThe sandbox received %s requests; %s (%.1f %%) met a fault; its own quotas refused %s"
                                                           + " more (RequestThrottled or QuotaExceeded not served as a fault). It carried out %s"
                                                           + " RequestReports; %s report workflows got a ReportRequestId.%n%n",
                    count(r.value()), count(faulted), 100 * faulted / r.value(), r.key("refused_by_quota"),
                    r.key("report_requests_carried_out"), g.first("soak.lost", "route", "report-await").map(t -> t.key("with_workflow_id")).orElse("?")));
        });

        md.append("| the component's JVM | start | end | most during the run | goal: flat |\n|---|---|---|---|---|\n");
        gauge(md, g, "soak.heap", "heap in use after full GCs (MiB)", HEAP_TOLERANCE_MIB);
        gauge(md, g, "soak.threads", "live threads", THREADS_TOLERANCE);
        gauge(md, g, "soak.fds", "open file descriptors (`/proc/self/fd`)", FDS_TOLERANCE);
        g.first("soak.peak_heap").ifPresent(peak -> md.append("| peak heap in use, before the fullest collection (MiB) | | | ")
                .append(Figures.plain(peak.value())).append(" (of ").append(peak.key("max_heap_mib")).append("; at most ")
                .append(Figures.plain(Double.parseDouble(peak.key("live_after_gc_max_mib")))).append(" right after a GC) | – |\n"));
        md.append('\n');
    }

    private static void gauge(StringBuilder md, GroupRun g, String name, String what, double tolerance) {
        Optional<Result> start = g.first(name, "phase", "start");
        Optional<Result> end = g.first(name, "phase", "end");
        md.append("| ").append(what).append(" | ").append(start.map(SoakSection::amount).orElse("–")).append(" | ")
                .append(end.map(SoakSection::amount).orElse("–")).append(" | ").append(g.first(name, "phase", "max").map(SoakSection::amount).orElse("–"))
                .append(" | end ≤ start + ").append(count(tolerance)).append(": ")
                .append(start.isPresent() && end.isPresent() ? Figures.atMost(end.get().value() - start.get().value(), Double.NaN, tolerance) : "not measured")
                .append(" |\n");
    }
}
