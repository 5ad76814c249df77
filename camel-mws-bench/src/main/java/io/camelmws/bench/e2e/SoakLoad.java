package io.camelmws.bench.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.InflightRepository;

import io.camelmws.bench.CamelMws;
import io.camelmws.bench.HeapPeak;
import io.camelmws.bench.ProcessGauges;
import io.camelmws.bench.Result;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsUncertainOutcomeException;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * The component side of the soak, run in a JVM of its own: routes as a user writes them, each fed by producer threads
 * that send one exchange after another (so at most {@link #producers()} are in flight), first for a warm-up, then for
 * the soak's duration. Every exchange is counted by how it ended; each feed carries a marker of its own (its SKU), and
 * what its exchange reported is written to a file for the parent to hold against the feeds the sandbox received.
 * Between the phases the producers stop and the exchanges in flight drain, so the heap, threads and file descriptors
 * are measured at the start and at the end in the same state.
 */
final class SoakLoad {

    static final String US = "ATVPDKIKX0DER";
    static final String PRICE_FEED = "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_";
    static final String REPORT_TYPE = "_GET_MERCHANT_LISTINGS_DATA_";
    /** A bound on each request, as a route that must not wait minutes for one answer sets it (the default is 5 minutes). */
    static final long REQUEST_TIMEOUT_MILLIS = 4_000;
    static final int ORDERS_PER_PAGE = 25;
    static final String MARKER_PREFIX = "SOAK-";
    static final String NONE = "-";
    /** Failures printed in full; the rest are only counted. */
    static final int FAILURES_PRINTED = 40;

    /** A route of the soak and the producer threads that feed it. */
    record Route(String id, int producers, boolean feed) {
    }

    static final List<Route> ROUTES = List.of(
            new Route("orders", 1, false),
            new Route("order-details", 2, false),
            new Route("feed", 2, true),
            new Route("feed-await", 2, true),
            new Route("report-await", 2, false),
            new Route("status", 1, false));

    /** What one feed's exchange reported, as the outcomes file holds it. */
    record FeedOutcome(String route, String marker, String outcome, String feedSubmissionId, boolean recovered, String exception,
                       List<String> candidates) {

        static final String COMPLETED = "completed";
        static final String FAILED = "failed";
        static final String LOST = "lost";

        String line() {
            return String.join("\t", route, marker, outcome, feedSubmissionId == null ? NONE : feedSubmissionId, String.valueOf(recovered),
                    exception == null ? NONE : exception, candidates.isEmpty() ? NONE : String.join(",", candidates));
        }

        static FeedOutcome parse(String line) {
            String[] f = line.split("\t", -1);
            return new FeedOutcome(f[0], f[1], f[2], NONE.equals(f[3]) ? null : f[3], Boolean.parseBoolean(f[4]), NONE.equals(f[5]) ? null : f[5],
                    NONE.equals(f[6]) ? List.of() : List.of(f[6].split(",")));
        }

        boolean uncertain() {
            return MwsUncertainOutcomeException.class.getSimpleName().equals(exception);
        }
    }

    /** How the exchanges of one route ended. */
    static final class Tally {
        final LongAdder started = new LongAdder();
        final LongAdder completed = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder recovered = new LongAdder();
        final LongAdder uncertain = new LongAdder();
        final LongAdder withWorkflowId = new LongAdder();

        long lost() {
            return started.sum() - completed.sum() - failed.sum();
        }
    }

    private record FailureKey(String route, String exception, String reason) {
    }

    private final CamelMws camel;
    private final Instant createdAfter;
    private final List<String> orderIds;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<FailureKey, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<String, String> feedsInFlight = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<FeedOutcome> feedOutcomes = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger failuresPrinted = new AtomicInteger();
    private final LongAdder pages = new LongAdder();
    private final LongAdder orders = new LongAdder();
    private final LongAdder reportBytes = new LongAdder();

    private SoakLoad(CamelMws camel, Instant createdAfter, List<String> orderIds) {
        this.camel = camel;
        this.createdAfter = createdAfter;
        this.orderIds = orderIds;
        for (Route route : ROUTES) {
            tallies.put(route.id(), new Tally());
        }
    }

    static int producers() {
        return ROUTES.stream().mapToInt(Route::producers).sum();
    }

    /**
     * The child: {@code baseUrl timeScale warmupMillis durationMillis drainBoundMillis createdAfter orderIds outcomesFile}.
     * Prints its RESULT lines and writes one line per feed exchange to the outcomes file.
     */
    static void run(String[] args) throws Exception {
        HeapPeak.watch();
        String baseUrl = args[0];
        double timeScale = Double.parseDouble(args[1]);
        Duration warmup = Duration.ofMillis(Long.parseLong(args[2]));
        Duration duration = Duration.ofMillis(Long.parseLong(args[3]));
        Duration drainBound = Duration.ofMillis(Long.parseLong(args[4]));
        Instant createdAfter = Instant.parse(args[5]);
        List<String> orderIds = List.of(args[6].split(","));
        Path outcomesFile = Path.of(args[7]);

        GaugeSampler sampler = GaugeSampler.start();
        SoakLoad load;
        ProcessGauges start;
        ProcessGauges end;
        Phase warm;
        Phase main;
        try (CamelMws camel = CamelMws.start(baseUrl, ThrottlingMode.WAIT, timeScale, null)) {
            load = new SoakLoad(camel, createdAfter, orderIds);
            camel.context().addRoutes(load.routes());
            warm = load.phase("warm-up", warmup, drainBound);
            start = ProcessGauges.measure();
            System.out.printf(Locale.ROOT, "# start: heap %.2f MiB after GC, %d threads, %d fds; threads %s%n", start.heapMiB(), start.threads(),
                    start.fileDescriptors(), ProcessGauges.threadKinds());
            main = load.phase("soak", duration, drainBound);
            end = ProcessGauges.measure();
            System.out.printf(Locale.ROOT, "# end: heap %.2f MiB after GC, %d threads, %d fds; threads %s%n", end.heapMiB(), end.threads(),
                    end.fileDescriptors(), ProcessGauges.threadKinds());
            load.printInFlight(camel.context().getInflightRepository());
        }
        sampler.stop();
        load.writeOutcomes(outcomesFile);
        load.printResults(timeScale, warm, main, start, end, sampler);
    }

    private RouteBuilder routes() {
        String bounded = "requestTimeout=" + REQUEST_TIMEOUT_MILLIS;
        String feed = "mws:SubmitFeed?feedType=" + PRICE_FEED + "&marketplaceId=" + US + "&" + bounded;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:orders").routeId("orders")
                        .to("mws:ListOrders?autoPaginate=true&marketplaceId=" + US + "&param.MaxResultsPerPage=" + ORDERS_PER_PAGE + "&" + bounded)
                        .split(body()).streaming()
                            .process(exchange -> {
                                pages.increment();
                                orders.add(PagingBench.count(exchange.getMessage().getBody(String.class), "<AmazonOrderId>"));
                            })
                        .end();
                from("direct:order-details").routeId("order-details")
                        .to("mws:GetOrder?" + bounded)
                        .to("mws:ListOrderItems?" + bounded);
                from("direct:feed").routeId("feed")
                        .to(feed);
                from("direct:feed-await").routeId("feed-await")
                        .to(feed + "&await=true");
                from("direct:report-await").routeId("report-await")
                        .to("mws:RequestReport?reportType=" + REPORT_TYPE + "&await=true&" + bounded)
                        .process(exchange -> {
                            try (InputStream report = exchange.getMessage().getBody(InputStream.class)) {
                                reportBytes.add(report == null ? 0 : report.transferTo(OutputStream.nullOutputStream()));
                            }
                        });
                from("direct:status").routeId("status")
                        .to("mws:GetServiceStatus?section=Orders&" + bounded);
            }
        };
    }

    /** How long a phase ran and how long its exchanges took to drain after it. */
    record Phase(Duration ran, Duration drain, boolean drained) {
    }

    /**
     * Runs every route's producers for {@code length}, then waits (at most {@code drainBound}) for the exchanges in
     * flight to end. A producer stuck in an exchange that never ends is left behind (its thread is a daemon) and the
     * exchange shows as lost.
     */
    private Phase phase(String name, Duration length, Duration drainBound) throws InterruptedException {
        System.out.printf(Locale.ROOT, "# %s: %d producers for %d s%n", name, producers(), length.toSeconds());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService producers = Executors.newFixedThreadPool(producers(), runnable -> {
            Thread thread = new Thread(runnable, "soak-producer-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long begin = System.nanoTime();
        long end = begin + length.toNanos();
        for (Route route : ROUTES) {
            for (int i = 0; i < route.producers(); i++) {
                producers.execute(() -> {
                    while (System.nanoTime() - end < 0) {
                        sendOne(route);
                    }
                });
            }
        }
        producers.shutdown();
        long untilEnd = end - System.nanoTime();
        if (untilEnd > 0) {
            TimeUnit.NANOSECONDS.sleep(untilEnd);
        }
        long drainStart = System.nanoTime();
        boolean drained = producers.awaitTermination(drainBound.toMillis(), TimeUnit.MILLISECONDS);
        Phase phase = new Phase(Duration.ofNanos(drainStart - begin), Duration.ofNanos(System.nanoTime() - drainStart), drained);
        System.out.printf(Locale.ROOT, "# %s: %s after %.1f s, drained in %.1f s; %d exchanges started so far%n", name,
                drained ? "done" : "NOT DRAINED", phase.ran().toMillis() / 1e3, phase.drain().toMillis() / 1e3, sequence.get());
        return phase;
    }

    private void sendOne(Route route) {
        long number = sequence.incrementAndGet();
        Tally tally = tallies.get(route.id());
        String marker = route.feed() ? MARKER_PREFIX + ("feed".equals(route.id()) ? "F" : "A") + "-" + number : null;
        if (marker != null) {
            feedsInFlight.put(marker, route.id());
        }
        tally.started.increment();
        Exchange exchange;
        try {
            exchange = camel.template().send("direct:" + route.id(), e -> prepare(route, e.getMessage(), marker, number));
        } catch (RuntimeException e) {
            // The template itself failed (the context stopping): the exchange ended, with this failure.
            failed(route, tally, marker, null, e);
            return;
        }
        Message message = exchange.getMessage();
        if (Boolean.TRUE.equals(message.getHeader(MwsConstants.RECOVERED, Boolean.class))) {
            tally.recovered.increment();
        }
        if (message.getHeader(MwsConstants.REPORT_REQUEST_ID) != null || message.getHeader(MwsConstants.FEED_SUBMISSION_ID) != null) {
            tally.withWorkflowId.increment();
        }
        if (exchange.getException() != null) {
            failed(route, tally, marker, message, exchange.getException());
        } else {
            tally.completed.increment();
            if (marker != null) {
                feedOutcomes.add(new FeedOutcome(route.id(), marker, FeedOutcome.COMPLETED, message.getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class),
                        Boolean.TRUE.equals(message.getHeader(MwsConstants.RECOVERED, Boolean.class)), null, List.of()));
                feedsInFlight.remove(marker);
            }
        }
    }

    private void prepare(Route route, Message message, String marker, long number) {
        switch (route.id()) {
            case "orders" -> message.setHeader(MwsConstants.PARAMETERS, Map.of("CreatedAfter", createdAfter));
            case "order-details" -> message.setHeader(MwsConstants.PARAMETERS, Map.of("AmazonOrderId", orderIds.get((int) (number % orderIds.size()))));
            case "feed", "feed-await" -> message.setBody("sku\tprice\tquantity\n" + marker + "\t" + (10 + number % 90) + ".99\t" + number % 7 + "\n");
            default -> {
                // report-await and status take no input
            }
        }
    }

    private void failed(Route route, Tally tally, String marker, Message message, Exception failure) {
        tally.failed.increment();
        MwsException mws = mwsCause(failure);
        Throwable named = mws != null ? mws : failure;
        if (mws instanceof MwsUncertainOutcomeException) {
            tally.uncertain.increment();
        }
        failures.computeIfAbsent(new FailureKey(route.id(), named.getClass().getSimpleName(), reason(named)), k -> new LongAdder()).increment();
        if (failuresPrinted.incrementAndGet() <= FAILURES_PRINTED) {
            System.out.printf(Locale.ROOT, "# failure %d, route %s%s: %s%s%n", failuresPrinted.get(), route.id(), marker == null ? "" : " (" + marker + ")",
                    failure, failure == named ? "" : " <- " + named);
        }
        if (marker != null) {
            String id = message == null ? null : message.getHeader(MwsConstants.FEED_SUBMISSION_ID, String.class);
            boolean recovered = message != null && Boolean.TRUE.equals(message.getHeader(MwsConstants.RECOVERED, Boolean.class));
            List<String> candidates = mws instanceof MwsUncertainOutcomeException uncertain ? uncertain.getCandidates() : List.of();
            feedOutcomes.add(new FeedOutcome(route.id(), marker, FeedOutcome.FAILED, id, recovered, named.getClass().getSimpleName(), candidates));
            feedsInFlight.remove(marker);
        }
    }

    /** The MwsException in a failure's causes (Camel wraps a failure thrown inside a split), or null. */
    static MwsException mwsCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MwsException mws) {
                return mws;
            }
        }
        return null;
    }

    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    private static final Pattern ACTION_FAILED = Pattern.compile("^MWS \\w+ failed: ");

    /**
     * A failure's reason, short enough to group by: MWS's error code when it answered one; else the first line of the
     * message without the action (the route names it) or the candidates' ids, its numbers (dates, attempts,
     * milliseconds) as N, cut to 240 characters.
     */
    static String reason(Throwable failure) {
        if (failure instanceof MwsException mws && mws.getErrorCode() != null) {
            return mws.getHttpStatus() + " " + mws.getErrorCode();
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
        message = ACTION_FAILED.matcher(message).replaceFirst("");
        int candidates = message.indexOf("; candidates at MWS");
        if (candidates >= 0) {
            message = message.substring(0, candidates);
        }
        message = NUMBERS.matcher(message).replaceAll("N");
        return message.length() > 240 ? message.substring(0, 237) + "..." : message;
    }

    private void printInFlight(InflightRepository inflight) {
        for (InflightRepository.InflightExchange exchange : inflight.browse()) {
            System.out.printf(Locale.ROOT, "# still in flight: route %s, exchange %s, %d ms%n", exchange.getFromRouteId(),
                    exchange.getExchange().getExchangeId(), exchange.getDuration());
        }
    }

    private void writeOutcomes(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        feedOutcomes.forEach(outcome -> lines.add(outcome.line()));
        feedsInFlight.forEach((marker, route) -> lines.add(new FeedOutcome(route, marker, FeedOutcome.LOST, null, false, null, List.of()).line()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<FeedOutcome> readOutcomes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("The soak's child wrote no outcomes file at " + file);
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).map(FeedOutcome::parse).toList();
    }

    private void printResults(double timeScale, Phase warm, Phase main, ProcessGauges start, ProcessGauges end, GaugeSampler sampler) {
        Tally all = new Tally();
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            printTally(entry.getKey(), ROUTES.stream().filter(r -> r.id().equals(entry.getKey())).findFirst().orElseThrow().producers(), t);
            all.started.add(t.started.sum());
            all.completed.add(t.completed.sum());
            all.failed.add(t.failed.sum());
            all.recovered.add(t.recovered.sum());
            all.uncertain.add(t.uncertain.sum());
            all.withWorkflowId.add(t.withWorkflowId.sum());
        }
        printTally("all", producers(), all);
        failures.forEach((key, count) -> Result.of("soak.failures", count.sum(), "exchanges", Double.NaN, "route", key.route(), "exception",
                key.exception(), "reason", URLEncoder.encode(key.reason(), StandardCharsets.UTF_8)).print());
        Result.of("soak.run", main.ran().toMillis() / 1e3, "s", Double.NaN, "scale", Result.number(timeScale), "producers", String.valueOf(producers()),
                "warmup_s", Result.number(warm.ran().toMillis() / 1e3), "drain_s", Result.number(main.drain().toMillis() / 1e3),
                "drained", String.valueOf(warm.drained() && main.drained()), "request_timeout_ms", String.valueOf(REQUEST_TIMEOUT_MILLIS),
                "pages", String.valueOf(pages.sum()), "orders", String.valueOf(orders.sum()), "report_bytes", String.valueOf(reportBytes.sum()))
                .print();
        Result.of("soak.heap", start.heapMiB(), "MiB", Double.NaN, "phase", "start").print();
        Result.of("soak.heap", end.heapMiB(), "MiB", Double.NaN, "phase", "end").print();
        Result.of("soak.threads", start.threads(), "threads", Double.NaN, "phase", "start").print();
        Result.of("soak.threads", end.threads(), "threads", Double.NaN, "phase", "end").print();
        Result.of("soak.threads", sampler.maxThreads(), "threads", Double.NaN, "phase", "max").print();
        Result.of("soak.fds", start.fileDescriptors(), "fds", Double.NaN, "phase", "start").print();
        Result.of("soak.fds", end.fileDescriptors(), "fds", Double.NaN, "phase", "end").print();
        Result.of("soak.fds", sampler.maxFileDescriptors(), "fds", Double.NaN, "phase", "max").print();
        Result.of("soak.peak_heap", HeapPeak.peakMiB(), "MiB", Double.NaN, "max_heap_mib", Result.number(HeapPeak.maxHeapMiB()),
                "live_after_gc_max_mib", Result.number(HeapPeak.liveAfterGcMaxMiB())).print();
    }

    private static void printTally(String route, int producers, Tally t) {
        Result.of("soak.lost", t.lost(), "exchanges", Double.NaN, "route", route, "producers", String.valueOf(producers), "started", String.valueOf(t.started.sum()), "completed",
                String.valueOf(t.completed.sum()), "failed", String.valueOf(t.failed.sum()), "recovered", String.valueOf(t.recovered.sum()),
                "uncertain", String.valueOf(t.uncertain.sum()), "with_workflow_id", String.valueOf(t.withWorkflowId.sum())).print();
    }

    /** The most threads and file descriptors seen during the run, sampled every second by a daemon thread. */
    static final class GaugeSampler {
        private final AtomicInteger maxThreads = new AtomicInteger();
        private final AtomicInteger maxFileDescriptors = new AtomicInteger(-1);
        private volatile boolean running = true;
        private Thread thread;

        static GaugeSampler start() {
            GaugeSampler sampler = new GaugeSampler();
            sampler.thread = new Thread(sampler::sample, "soak-gauges");
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        private void sample() {
            while (running) {
                maxThreads.accumulateAndGet(ProcessGauges.liveThreads(), Math::max);
                maxFileDescriptors.accumulateAndGet(ProcessGauges.openFileDescriptors(), Math::max);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(5_000);
        }

        int maxThreads() {
            return maxThreads.get();
        }

        int maxFileDescriptors() {
            return maxFileDescriptors.get();
        }
    }

}
