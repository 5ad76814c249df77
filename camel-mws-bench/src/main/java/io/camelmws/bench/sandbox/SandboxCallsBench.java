package io.camelmws.bench.sandbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.Result;
import io.camelmws.bench.Stats;
import io.camelmws.component.catalog.ResolvedOperation;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.sandbox.MwsSandbox;

/**
 * How many signed GetServiceStatus calls per second the sandbox answers with throttling off, over keep-alive
 * connections from a plain socket client loop (1 and 4 threads, one connection each, loopback only), so the other
 * figures are known not to be limited by it. Requests are signed before the clock starts (the sandbox still
 * verifies every signature), so the figure is the server's, not the signer's.
 */
public final class SandboxCallsBench {

    private static final int SIGNED_REQUESTS_PER_CONNECTION = 64;

    private SandboxCallsBench() {
    }

    public static List<Result> run(BenchSettings settings) throws Exception {
        List<Result> results = new ArrayList<>();
        try (MwsSandbox sandbox = BenchAccount.sandbox().throttling(false).build().start()) {
            // Warm-up: JIT, thread pools, connections.
            measure(sandbox, 2, settings.smoke() ? Duration.ofMillis(300) : Duration.ofSeconds(3));
            sandbox.clearRequests();
            for (int threads : new int[] {1, 4}) {
                double[] samples = new double[settings.sandboxCallRuns()];
                for (int run = 0; run < samples.length; run++) {
                    samples[run] = measure(sandbox, threads, settings.sandboxCallRunTime());
                }
                Stats stats = Stats.of(samples);
                results.add(Result.of("sandbox.calls", stats.mean(), "calls/s", stats.error(), "threads", String.valueOf(threads),
                        "runs", String.valueOf(samples.length)).print());
            }
        }
        return results;
    }

    /** Calls per second over all threads, each thread calling for {@code duration}. */
    private static double measure(MwsSandbox sandbox, int threads, Duration duration) throws Exception {
        List<Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < threads; i++) {
                connections.add(new Connection(sandbox));
            }
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            for (Connection connection : connections) {
                counts.add(pool.submit((Callable<Long>) () -> connection.callUntil(deadline)));
            }
            long calls = 0;
            for (Future<Long> count : counts) {
                calls += count.get();
            }
            return calls * 1e9 / (System.nanoTime() - start);
        } finally {
            pool.shutdownNow();
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** One keep-alive connection sending pre-signed requests one after the other. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[][] requests = new byte[SIGNED_REQUESTS_PER_CONNECTION][];

        Connection(MwsSandbox sandbox) throws IOException {
            MwsRequestFactory factory = BenchAccount.requestFactory(sandbox.baseUrl());
            ResolvedOperation target = BenchAccount.operation("GetServiceStatus", "Orders");
            for (int i = 0; i < requests.length; i++) {
                MwsRequest request = factory.create(target, new TreeMap<>(), Clock.systemUTC(), null);
                byte[] form = request.formBody();
                String head = "POST " + request.uri().getRawPath() + " HTTP/1.1\r\nHost: " + request.hostHeader()
                        + "\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\nContent-Length: " + form.length + "\r\n\r\n";
                byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
                byte[] bytes = new byte[headBytes.length + form.length];
                System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
                System.arraycopy(form, 0, bytes, headBytes.length, form.length);
                requests[i] = bytes;
            }
            socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        long callUntil(long deadline) throws IOException {
            long done = 0;
            for (int i = 0; ; i++) {
                out.write(requests[i % requests.length]);
                out.flush();
                int status = readResponse();
                if (status != 200) {
                    throw new IllegalStateException("GetServiceStatus answered " + status);
                }
                done++;
                if ((i & 63) == 0 && System.nanoTime() > deadline) {
                    return done;
                }
            }
        }

        /** Reads one response (status line, headers, Content-Length body); returns its status. */
        private int readResponse() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = 0;
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(header.substring(15).trim());
                }
            }
            in.skipNBytes(length);
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("Connection closed by the sandbox after: " + line);
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
