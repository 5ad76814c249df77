package io.camelmws.bench.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.BenchSettings.ThrottleCase;
import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.CamelMws;
import io.camelmws.bench.Result;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;

/**
 * How close to its quota the component keeps: N calls of one operation from several producer threads (throttling
 * WAIT, the default) against a sandbox that throttles as MWS does, both on the same scaled clock. Efficiency is the
 * elapsed time over the least the quota allows ((N − burst) × restore / scale; 1 is perfect); every
 * RequestThrottled or QuotaExceeded the sandbox answered is counted (the component retries those, so they show as
 * extra requests too). A GetServiceStatus call warms the client up first.
 */
public final class ThrottleBench {

    private ThrottleBench() {
    }

    public static List<Result> run(BenchSettings settings) throws Exception {
        List<Result> results = new ArrayList<>();
        for (ThrottleCase c : settings.throttleCases()) {
            results.addAll(run(c));
        }
        return results;
    }

    static List<Result> run(ThrottleCase c) throws Exception {
        try (MwsSandbox sandbox = BenchAccount.sandbox().timeScale(c.timeScale()).orders(500).build().start();
             CamelMws camel = CamelMws.start(sandbox.baseUrl(), ThrottlingMode.WAIT, c.timeScale(), null)) {
            // A running application has its pool, connections and compiled code: one call of another quota first.
            // Cold, the first calls of a burst reach the sandbox tens of milliseconds apart (many simulated seconds at
            // these scales) and a later, faster request can overtake the sandbox's bucket.
            camel.template().requestBody("mws:GetServiceStatus?section=Orders", null, String.class);
            Endpoint endpoint;
            Map<String, Object> parameters;
            switch (c.operation()) {
                case "ListOrders" -> {
                    endpoint = camel.context().getEndpoint("mws:ListOrders?marketplaceId=ATVPDKIKX0DER");
                    parameters = Map.of("CreatedAfter", sandbox.clock().instant().minus(Duration.ofDays(1)), "MaxResultsPerPage", 1);
                }
                case "ListOrderItems" -> {
                    endpoint = camel.context().getEndpoint("mws:ListOrderItems");
                    parameters = Map.of("AmazonOrderId", sandbox.orders().ordersAt(sandbox.clock().instant()).get(0).amazonOrderId());
                }
                case "GetReportRequestList" -> {
                    endpoint = camel.context().getEndpoint("mws:GetReportRequestList");
                    parameters = Map.of();
                }
                default -> throw new IllegalArgumentException("No throttle case for " + c.operation());
            }
            sandbox.clearRequests();
            ExecutorService producers = Executors.newFixedThreadPool(c.threads());
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < c.threads(); thread++) {
                done.add(producers.submit(() -> {
                    while (next.getAndIncrement() < c.calls()) {
                        Exchange exchange = camel.template().request(endpoint, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, parameters));
                        if (exchange.getException() != null) {
                            throw new IllegalStateException(c.operation() + " failed", exchange.getException());
                        }
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> future : done) {
                    future.get(c.minimum().multipliedBy(3).plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
                }
            } finally {
                producers.shutdownNow();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            List<SandboxRequest> requests = sandbox.requests();
            long refused = requests.stream()
                    .filter(r -> "RequestThrottled".equals(r.errorCode()) || "QuotaExceeded".equals(r.errorCode()))
                    .count();
            String[] keys = {"operation", c.operation(), "calls", String.valueOf(c.calls()), "scale", Result.number(c.timeScale()),
                             "restore_ms", Result.number(c.scaledRestore().toNanos() / 1e6), "threads", String.valueOf(c.threads()),
                             "elapsed_s", Result.number(elapsed.toNanos() / 1e9), "minimum_s", Result.number(c.minimum().toNanos() / 1e9),
                             "requests", String.valueOf(requests.size())};
            return List.of(
                    Result.of("throttle.efficiency", (double) elapsed.toNanos() / c.minimum().toNanos(), "x", Double.NaN, keys).print(),
                    Result.of("throttle.refused", refused, "answers", Double.NaN, keys).print());
        }
    }
}
