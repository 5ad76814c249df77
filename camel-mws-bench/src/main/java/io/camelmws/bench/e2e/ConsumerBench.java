package io.camelmws.bench.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.CamelMws;
import io.camelmws.bench.ChildJvm;
import io.camelmws.bench.HeapPeak;
import io.camelmws.bench.Result;
import io.camelmws.bench.Stats;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.sellers.Marketplace;
import io.camelmws.sandbox.sellers.Marketplaces;

/**
 * Every order of a large book (100 000 for the docs) through the orders consumer, {@code from("mws:ListOrders")} over
 * the seller's nine marketplaces into a step that discards them, against the producer's {@code autoPaginate} over the
 * same window (LastUpdatedAfter from before the book's first order to MWS's present) in a streaming split: each in a
 * child JVM of its own with a 64 MiB heap, so each has its own peak heap; throttling off on both sides. A consumer run
 * is its first poll: from the route's start to the poll's end, every window of maxPollWindow (one day) listed,
 * emitted and committed.
 */
public final class ConsumerBench {

    private static final String CONSUMER = "consumer";
    private static final String PAGING = "paging";

    private ConsumerBench() {
    }

    public static List<Result> run(BenchSettings settings, Path workDirectory) throws Exception {
        try (MwsSandbox sandbox = BenchAccount.sandbox().throttling(false).orders(settings.pagingOrders()).build().start()) {
            sandbox.advanceClock(Duration.ofMinutes(10));
            Instant after = sandbox.orders().start().minus(Duration.ofDays(40));
            String marketplaces = String.join(",", Marketplaces.seller().stream().map(Marketplace::marketplaceId).toList());
            List<Result> results = new ArrayList<>();
            for (String mode : List.of(PAGING, CONSUMER)) {
                results.addAll(ChildJvm.run(ConsumerBench.class, List.of(BenchSettings.CHILD_HEAP),
                        List.of(mode, sandbox.baseUrl(), after.toString(), marketplaces, String.valueOf(settings.pagingRuns())),
                        settings.childTimeout()));
            }
            Result paging = first(results, "consumer.paging_orders");
            Result consumer = first(results, "consumer.orders");
            Stats ratio = Stats.ratio(consumer.value(), consumer.error(), paging.value(), paging.error());
            Result ratioResult = Result.of("consumer.ratio", ratio.mean(), "x", ratio.error());
            ratioResult.print();
            results.add(ratioResult);
            return results;
        }
    }

    private static Result first(List<Result> results, String name) {
        return results.stream().filter(result -> result.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The child printed no " + name));
    }

    /** The child: {@code consumer|paging baseUrl lastUpdatedAfter marketplaceIds runs}. */
    public static void main(String[] args) throws Exception {
        HeapPeak.watch();
        String mode = args[0];
        String baseUrl = args[1];
        Instant after = Instant.parse(args[2]);
        String marketplaces = args[3];
        int runs = Integer.parseInt(args[4]);
        AtomicLong orders = new AtomicLong();
        double[] perSecond = new double[runs];
        try (CamelMws camel = CamelMws.start(baseUrl, ThrottlingMode.OFF, 1, null)) {
            Semaphore polls = new Semaphore(0);
            camel.context().getRegistry().bind("polls", new DefaultPollingConsumerPollStrategy() {
                @Override
                public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                    polls.release();
                }
            });
            if (PAGING.equals(mode)) {
                camel.context().addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:all-orders").to("mws:ListOrders?autoPaginate=true&marketplaceId=" + marketplaces)
                                .split(body()).streaming()
                                    .process(exchange -> orders.addAndGet(PagingBench.count(exchange.getMessage().getBody(String.class), "<AmazonOrderId>")))
                                .end();
                    }
                });
            }
            for (int run = -1; run < runs; run++) {
                orders.set(0);
                long start = System.nanoTime();
                if (PAGING.equals(mode)) {
                    Exchange exchange = camel.template().request("direct:all-orders",
                            e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("LastUpdatedAfter", after)));
                    if (exchange.getException() != null) {
                        throw new IllegalStateException("Paging failed", exchange.getException());
                    }
                } else {
                    // A new route each run: its consumer's watermark and delivered versions are in memory, so it starts afresh.
                    String routeId = "orders-" + run;
                    camel.context().addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("mws:ListOrders?marketplaceId=" + marketplaces + "&initialLastUpdatedAfter=" + after
                                 + "&initialDelay=0&delay=3600000&pollStrategy=#polls").routeId(routeId)
                                    .process(exchange -> orders.incrementAndGet());
                        }
                    });
                    if (!polls.tryAcquire(1, 10, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("The consumer's first poll did not end within 10 minutes");
                    }
                    camel.context().getRouteController().stopRoute(routeId);
                    camel.context().removeRoute(routeId);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("# %s %s: %d orders, %.2f s%n", mode, run < 0 ? "warm-up" : "run " + (run + 1), orders.get(), seconds);
                if (run >= 0) {
                    perSecond[run] = orders.get() / seconds;
                }
            }
        }
        String prefix = PAGING.equals(mode) ? "consumer.paging_" : "consumer.";
        Stats stats = Stats.of(perSecond);
        Result.of(prefix + "orders", stats.mean(), "orders/s", stats.error(), "orders", String.valueOf(orders.get()), "runs", String.valueOf(runs))
                .print();
        Result.of(prefix + "peak_heap", HeapPeak.peakMiB(), "MiB", Double.NaN, "max_heap_mib", Result.number(HeapPeak.maxHeapMiB()),
                "live_after_gc_max_mib", Result.number(HeapPeak.liveAfterGcMaxMiB()), "pool_peaks_sum_mib", Result.number(HeapPeak.poolPeaksSumMiB()))
                .print();
    }
}
