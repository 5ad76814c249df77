package io.camelmws.sandbox.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The JDK's built-in HTTP (or HTTPS) server bound to 127.0.0.1 only, with a fixed pool of daemon worker threads.
 * It handles keep-alive, chunked request bodies and {@code Expect: 100-continue} itself.
 */
public final class SandboxHttpServer implements AutoCloseable {

    /** The sandbox is a test double: it must never be reachable from another machine. */
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    static {
        // Without TCP_NODELAY a keep-alive client waits for the delayed ACK (~40 ms) between the header and
        // body segments of each response. Read once when the JDK server classes load, so set it before that;
        // an explicit setting by the user wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;

    private SandboxHttpServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Binds the port (0: any free one) without serving yet, so the real port is known to the handler. */
    public static SandboxHttpServer bind(int port, int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 128);
        return withWorkers(server, threads);
    }

    /** Like {@link #bind(int, int)}, speaking TLS with the key in {@code tls}. */
    public static SandboxHttpServer bindHttps(int port, int threads, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port),
                128);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return withWorkers(server, threads);
    }

    private static SandboxHttpServer withWorkers(HttpServer server, int threads) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, new WorkerThreads(server));
        server.setExecutor(workers);
        return new SandboxHttpServer(server, workers);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    /**
     * Serves each prefix of {@code others} and everything under it with its handler, every other path with
     * {@code mws}.
     */
    public void start(HttpHandler mws, Map<String, HttpHandler> others) {
        others.forEach(server::createContext);
        server.createContext("/", mws);
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Daemon threads, so a test that forgets to close the sandbox does not keep its JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        WorkerThreads(HttpServer server) {
            this.prefix = "mws-sandbox-" + server.getAddress().getPort() + "-";
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
