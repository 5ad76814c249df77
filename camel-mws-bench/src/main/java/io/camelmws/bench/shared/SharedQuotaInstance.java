package io.camelmws.bench.shared;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.camelmws.bench.BenchAccount;
import io.camelmws.component.MwsComponent;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.store.StoreType;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * One instance of an integration in a JVM of its own, as a pod of a deployment would be: an mws component whose quotas
 * and workflows are in the shared PostgreSQL database ({@code quotaStore=jdbc}, a HikariCP pool as the dataSource).
 * Driven by lines on standard input, answering on standard output:
 * <ul>
 * <li>{@code orders <calls> <threads> <createdAfter>}: that many ListOrders for the bench seller, then
 * {@code ORDERS_DONE failures=<n>};</li>
 * <li>{@code report <reportType>}: a RequestReport with await=true, then {@code REPORT_DONE id=<id> adopted=<bool>} or
 * {@code REPORT_FAILED <message>};</li>
 * <li>{@code exit}.</li>
 * </ul>
 * Arguments: the sandbox's base URL, its time scale, the JDBC URL.
 */
public final class SharedQuotaInstance {

    static final String READY = "READY";
    /** How long an instance may be silent in the workflow store before another takes its workflows over. */
    static final long WORKFLOW_LEASE_MILLIS = 2_000;

    private SharedQuotaInstance() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        double timeScale = Double.parseDouble(args[1]);
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(args[2]);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(8);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            MwsComponent mws = new MwsComponent();
            mws.getConfiguration().setEndpoint(baseUrl);
            mws.getConfiguration().setAccessKey(BenchAccount.ACCESS_KEY);
            mws.getConfiguration().setSecretKey(BenchAccount.SECRET_KEY);
            mws.getConfiguration().setSellerId(BenchAccount.SELLER_ID);
            mws.getConfiguration().setThrottling(ThrottlingMode.WAIT);
            mws.setTimeScale(timeScale);
            mws.setQuotaStore(StoreType.JDBC);
            mws.setDataSource(dataSource);
            mws.setWorkflowLease(WORKFLOW_LEASE_MILLIS);
            CamelContext context = new DefaultCamelContext();
            context.addComponent("mws", mws);
            context.getShutdownStrategy().setTimeout(1);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            // A running pod has its pool, connections and compiled code: one call of another quota first.
            template.requestBody("mws:GetServiceStatus?section=Orders", null, String.class);
            say(READY);
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = commands.readLine(); line != null && !line.equals("exit"); line = commands.readLine()) {
                String[] words = line.trim().split("\\s+");
                if (words[0].equals("orders")) {
                    say("ORDERS_DONE failures=" + orders(context, template, Integer.parseInt(words[1]), Integer.parseInt(words[2]), words[3]));
                } else if (words[0].equals("report")) {
                    // Asynchronous: the parent may kill this JVM while the report is awaited.
                    template.asyncSend("mws:RequestReport?reportType=" + words[1] + "&await=true&awaitPollInterval=50", e -> { })
                            .thenAccept(done -> say(done.getException() != null ? "REPORT_FAILED " + done.getException()
                                    : "REPORT_DONE id=" + done.getMessage().getHeader(MwsConstants.REPORT_REQUEST_ID) + " adopted="
                                      + done.getMessage().getHeader(MwsConstants.ADOPTED)));
                }
            }
            context.stop();
        }
    }

    private static int orders(CamelContext context, ProducerTemplate template, int calls, int threads, String createdAfter) throws Exception {
        Endpoint endpoint = context.getEndpoint("mws:ListOrders?marketplaceId=ATVPDKIKX0DER");
        Map<String, Object> parameters = Map.of("CreatedAfter", createdAfter, "MaxResultsPerPage", 1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService producers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                done.add(producers.submit(() -> {
                    while (next.getAndIncrement() < calls) {
                        Exchange exchange = template.request(endpoint, e -> e.getMessage().setHeader(MwsConstants.PARAMETERS, parameters));
                        if (exchange.getException() != null) {
                            failures.incrementAndGet();
                            System.err.println("ListOrders failed: " + exchange.getException());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            producers.shutdownNow();
        }
        return failures.get();
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
