package io.camelmws.sandbox.bench;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many signed GetServiceStatus calls per second the sandbox answers with throttling off, over keep-alive
 * connections from a plain socket client loop (1 and 4 threads, one connection each, loopback only). A benchmark,
 * not a test: run it by hand, e.g.
 * <pre>
 * mvn -o -q -pl camel-mws-sandbox test-compile
 * java -cp camel-mws-sandbox/target/classes:camel-mws-sandbox/target/test-classes \
 *      io.camelmws.sandbox.bench.SandboxCallsBench [callsPerThread] [maxSecondsPerFigure]
 * </pre>
 * Prints one line per figure: {@code RESULT sandbox.calls_per_second threads=N value=X}. Requests are signed before
 * the clock starts (the sandbox still verifies every signature), so the figure is the server's, not the signer's.
 */
public final class SandboxCallsBench {

    private static final int SIGNED_REQUESTS_PER_CONNECTION = 64;

    private SandboxCallsBench() {
    }

    public static void main(String[] args) throws Exception {
        int callsPerThread = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long maxNanos = (args.length > 1 ? Long.parseLong(args[1]) : 10) * 1_000_000_000L;
        try (MwsSandbox sandbox = MwsSandbox.builder().accessKey("AKIABENCH00000000001").secretKey("bench+secret/=")
                .sellerId("A1BENCH").throttling(false).build().start()) {
            run(sandbox, 2, 20_000, 3_000_000_000L); // warm-up: JIT, thread pools, connections
            sandbox.clearRequests();
            for (int threads : new int[] {1, 4}) {
                double perSecond = run(sandbox, threads, callsPerThread, maxNanos);
                System.out.printf("RESULT sandbox.calls_per_second threads=%d value=%.0f%n", threads, perSecond);
            }
        }
    }

    /** Calls per second over all threads. */
    private static double run(MwsSandbox sandbox, int threads, int callsPerThread, long maxNanos) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            connections.add(new Connection(sandbox));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + maxNanos;
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            for (Connection connection : connections) {
                counts.add(pool.submit((Callable<Long>) () -> connection.call(callsPerThread, deadline)));
            }
            long calls = 0;
            for (Future<Long> count : counts) {
                calls += count.get();
            }
            long elapsed = System.nanoTime() - start;
            return calls * 1e9 / elapsed;
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
            for (int i = 0; i < requests.length; i++) {
                byte[] form = SignedRequest.formEncode(SignedRequest.to(sandbox).param("Round", String.valueOf(i))
                        .finalParameters()).getBytes(StandardCharsets.US_ASCII);
                String head = "POST /Orders/2013-09-01 HTTP/1.1\r\nHost: 127.0.0.1:" + sandbox.port()
                        + "\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\nContent-Length: "
                        + form.length + "\r\n\r\n";
                byte[] bytes = new byte[head.length() + form.length];
                System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, head.length());
                System.arraycopy(form, 0, bytes, head.length(), form.length);
                requests[i] = bytes;
            }
            socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        long call(int count, long deadline) throws IOException {
            long done = 0;
            for (int i = 0; i < count; i++) {
                out.write(requests[i % requests.length]);
                out.flush();
                int status = readResponse();
                if (status != 200) {
                    throw new IllegalStateException("GetServiceStatus answered " + status);
                }
                done++;
                if ((i & 255) == 0 && System.nanoTime() > deadline) {
                    break;
                }
            }
            return done;
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
