package io.camelmws.bench.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

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
 * Every order of a large book (100 000 for the docs) through {@code mws:ListOrders?autoPaginate=true} over all nine
 * of the seller's marketplaces and a streaming split, in a JVM with a 64 MiB heap; throttling off on both sides, so
 * the figure is the component's and the sandbox's speed, not MWS's quota. The sandbox runs in the calling JVM.
 */
public final class PagingBench {

    private PagingBench() {
    }

    public static List<Result> run(BenchSettings settings, Path workDirectory) throws Exception {
        try (MwsSandbox sandbox = BenchAccount.sandbox().throttling(false).orders(settings.pagingOrders()).build().start()) {
            // Past the book's start, so CreatedBefore = start is the two minutes in the past MWS requires.
            sandbox.advanceClock(Duration.ofMinutes(10));
            Instant before = sandbox.orders().start();
            Instant after = before.minus(Duration.ofDays(40));
            long expected = sandbox.orders().ordersPurchasedBetween(after, before, sandbox.clock().instant()).size();
            String marketplaces = String.join(",", Marketplaces.seller().stream().map(Marketplace::marketplaceId).toList());
            return ChildJvm.run(PagingBench.class, List.of(BenchSettings.CHILD_HEAP),
                    List.of(sandbox.baseUrl(), after.toString(), before.toString(), marketplaces, String.valueOf(expected),
                            String.valueOf(settings.pagingRuns())), settings.childTimeout());
        }
    }

    /** The child: {@code baseUrl createdAfter createdBefore marketplaceIds expectedOrders runs}. */
    public static void main(String[] args) throws Exception {
        HeapPeak.watch();
        String baseUrl = args[0];
        Instant after = Instant.parse(args[1]);
        Instant before = Instant.parse(args[2]);
        String marketplaces = args[3];
        long expected = Long.parseLong(args[4]);
        int runs = Integer.parseInt(args[5]);
        AtomicLong orders = new AtomicLong();
        AtomicLong pages = new AtomicLong();
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all-orders")
                        .to("mws:ListOrders?autoPaginate=true&marketplaceId=" + marketplaces)
                        .split(body()).streaming()
                            .process(exchange -> {
                                pages.incrementAndGet();
                                orders.addAndGet(count(exchange.getMessage().getBody(String.class), "<AmazonOrderId>"));
                            })
                        .end();
            }
        };
        double[] perSecond = new double[runs];
        try (CamelMws camel = CamelMws.start(baseUrl, ThrottlingMode.OFF, 1, routes)) {
            for (int run = -1; run < runs; run++) {
                orders.set(0);
                pages.set(0);
                long start = System.nanoTime();
                Exchange exchange = camel.template().request("direct:all-orders", e -> e.getMessage().setHeader(MwsConstants.PARAMETERS,
                        Map.of("CreatedAfter", after, "CreatedBefore", before)));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (exchange.getException() != null) {
                    throw new IllegalStateException("Paging failed", exchange.getException());
                }
                if (orders.get() != expected) {
                    throw new IllegalStateException("Counted " + orders.get() + " orders, the sandbox has " + expected);
                }
                System.out.printf("# %s: %d orders in %d pages, %.2f s%n", run < 0 ? "warm-up" : "run " + (run + 1), orders.get(), pages.get(), seconds);
                if (run >= 0) {
                    perSecond[run] = orders.get() / seconds;
                }
            }
        }
        Stats stats = Stats.of(perSecond);
        Result.of("paging.orders", stats.mean(), "orders/s", stats.error(), "orders", String.valueOf(expected), "pages", String.valueOf(pages.get()),
                "runs", String.valueOf(runs)).print();
        Result.of("paging.peak_heap", HeapPeak.peakMiB(), "MiB", Double.NaN, "max_heap_mib", Result.number(HeapPeak.maxHeapMiB()),
                "live_after_gc_max_mib", Result.number(HeapPeak.liveAfterGcMaxMiB()), "pool_peaks_sum_mib", Result.number(HeapPeak.poolPeaksSumMiB()))
                .print();
    }

    static int count(String text, String element) {
        int count = 0;
        for (int at = text.indexOf(element); at >= 0; at = text.indexOf(element, at + element.length())) {
            count++;
        }
        return count;
    }
}
