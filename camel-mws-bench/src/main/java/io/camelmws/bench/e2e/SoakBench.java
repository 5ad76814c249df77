package io.camelmws.bench.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.ChildJvm;
import io.camelmws.bench.Result;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;
import io.camelmws.sandbox.orders.Order;

/**
 * The soak: mixed routes (orders paged, order details, feeds with and without {@code await}, reports with {@code
 * await}, service status) for a long while against a scaled, throttling sandbox that serves about 5 % faults
 * ({@link SoakFaults}). It looks for what short tests miss: exchanges that never end, feeds lost, sent twice or
 * adopted under another's id, and heap, threads or file descriptors that grow.
 * <p>
 * The sandbox runs in this JVM and the routes in a child JVM ({@link SoakLoad}) with a 64 MiB heap, so that the heap,
 * threads and file descriptors measured are the component's alone, not the sandbox's (whose request log and feed store
 * grow by design), and a leak meets a small heap early. The child writes what each feed exchange reported; this JVM
 * holds it against the feeds the sandbox received ({@link FeedAudit}) and counts the faults served from the request log.
 */
public final class SoakBench {

    /** Orders in the sandbox's book: a few pages of {@link SoakLoad#ORDERS_PER_PAGE} per ListOrders over two days. */
    static final int ORDERS = 2_000;
    static final int ORDER_IDS = 200;
    /** Server threads: a delayed or trickled answer holds one for seconds. */
    static final int SANDBOX_THREADS = 32;
    static final int REQUEST_LOG_CAPACITY = 2_000_000;

    private SoakBench() {
    }

    public static List<Result> run(BenchSettings settings, Path workDirectory) throws Exception {
        BenchSettings.Soak soak = settings.soak();
        Path directory = Files.createDirectories(workDirectory.resolve("soak"));
        Path outcomes = directory.resolve("feed-outcomes.tsv");
        Files.deleteIfExists(outcomes);
        try (MwsSandbox sandbox = BenchAccount.sandbox().timeScale(soak.timeScale()).orders(ORDERS).threads(SANDBOX_THREADS)
                .faultSeed(SoakFaults.SEED).requestLogCapacity(REQUEST_LOG_CAPACITY).build().start()) {
            Instant now = sandbox.clock().instant();
            List<String> orderIds = sandbox.orders().ordersAt(now).stream().limit(ORDER_IDS).map(Order::amazonOrderId).toList();
            Instant createdAfter = now.minus(Duration.ofDays(2));
            SoakFaults.arm(sandbox);
            Duration timeout = soak.warmup().plus(soak.duration()).plus(soak.drainBound().multipliedBy(2)).plusMinutes(3);
            List<Result> results = new ArrayList<>(ChildJvm.run(SoakBench.class, List.of(BenchSettings.CHILD_HEAP),
                    List.of(sandbox.baseUrl(), Result.number(soak.timeScale()), String.valueOf(soak.warmup().toMillis()),
                            String.valueOf(soak.duration().toMillis()), String.valueOf(soak.drainBound().toMillis()), createdAfter.toString(),
                            String.join(",", orderIds), outcomes.toString()), timeout));
            sandbox.faults().clear();
            results.addAll(FeedAudit.audit(SoakLoad.readOutcomes(outcomes), sandbox.feeds().all()));
            results.addAll(requests(sandbox.requests()));
            return results;
        } finally {
            Files.deleteIfExists(outcomes);
            Files.deleteIfExists(directory);
        }
    }

    /** The child: see {@link SoakLoad#run(String[])}. */
    public static void main(String[] args) throws Exception {
        SoakLoad.run(args);
        // Anything left running (a producer stuck in an exchange that never ends) must not keep the child alive.
        System.out.flush();
        System.exit(0);
    }

    /**
     * From the sandbox's request log: the requests it received, the faults it served by kind (every kind of the mix,
     * served or not), the RequestThrottled and QuotaExceeded its own quotas answered, and the RequestReports it carried out.
     */
    static List<Result> requests(List<SandboxRequest> requests) {
        Map<String, Long> served = new LinkedHashMap<>();
        SoakFaults.MIX.forEach(share -> served.put(share.label(), 0L));
        Map<String, Long> refusedByAction = new LinkedHashMap<>();
        long reportRequests = 0;
        for (SandboxRequest request : requests) {
            String label = SoakFaults.labelOf(request);
            if (label != null) {
                served.merge(label, 1L, Long::sum);
            } else if ("RequestThrottled".equals(request.errorCode()) || "QuotaExceeded".equals(request.errorCode())) {
                refusedByAction.merge(request.action() + " " + request.errorCode(), 1L, Long::sum);
            }
            // A 200 status was sent only when the operation ran (a fault that replaces the answer sends another status or none).
            if ("RequestReport".equals(request.action()) && request.status() == 200) {
                reportRequests++;
            }
        }
        List<Result> results = new ArrayList<>();
        for (SoakFaults.Share share : SoakFaults.MIX) {
            results.add(Result.of("soak.faults", served.get(share.label()), "requests", Double.NaN, "kind", share.label(), "probability",
                    Result.number(share.probability()), "actions", share.actions().isEmpty() ? "any" : String.join(",", share.actions())).print());
        }
        long faulted = served.values().stream().mapToLong(Long::longValue).sum();
        long refused = refusedByAction.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("# refused by the sandbox's own quotas: " + refusedByAction);
        results.add(Result.of("soak.requests", requests.size(), "requests", Double.NaN, "faulted", String.valueOf(faulted), "refused_by_quota",
                String.valueOf(refused), "report_requests_carried_out", String.valueOf(reportRequests), "log_full",
                String.valueOf(requests.size() >= REQUEST_LOG_CAPACITY)).print());
        return results;
    }
}
