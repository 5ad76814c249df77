package io.camelmws.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** proxyHost/proxyPort route requests through an HTTP proxy, per endpoint, over the component's one pool. */
class MwsProxyTest extends MwsTestSupport {

    private RecordingProxy proxy;

    @BeforeEach
    void startProxy() throws IOException {
        proxy = new RecordingProxy();
    }

    @AfterEach
    void stopProxy() throws IOException {
        proxy.close();
    }

    @Test
    void anEndpointWithProxyOptionsSendsThroughTheProxyAndOthersGoDirect() {
        String viaProxy = template.requestBody("mws:GetServiceStatus?section=Orders&proxyHost=127.0.0.1&proxyPort=" + proxy.port(),
                (Object) null, String.class);
        assertThat(viaProxy).contains("<Status>GREEN</Status>");
        assertThat(proxy.requestLines()).hasSize(1).first().asString()
                .startsWith("POST " + SANDBOX.baseUrl() + "/Orders/2013-09-01 HTTP/1.1");
        assertThat(lastReceived().status()).isEqualTo(200);

        template.requestBody("mws:GetServiceStatus?section=Sellers", (Object) null, String.class);
        assertThat(proxy.requestLines()).hasSize(1);
        assertThat(received()).hasSize(2);
    }

    /**
     * A minimal forward proxy for plain-HTTP targets: it records the absolute-form request line, then relays the
     * connection's bytes both ways to the target named in it. One connection at a time is all this test needs.
     */
    static final class RecordingProxy implements AutoCloseable {
        private final ServerSocket server = new ServerSocket();
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final List<String> requestLines = new CopyOnWriteArrayList<>();

        RecordingProxy() throws IOException {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            threads.execute(this::acceptLoop);
        }

        int port() {
            return server.getLocalPort();
        }

        List<String> requestLines() {
            return requestLines;
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    threads.execute(() -> relay(client));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void relay(Socket client) {
            try (client) {
                InputStream in = client.getInputStream();
                String requestLine = readLine(in);
                requestLines.add(requestLine);
                java.net.URI target = java.net.URI.create(requestLine.split(" ")[1]);
                try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
                    OutputStream up = upstream.getOutputStream();
                    String[] parts = requestLine.split(" ");
                    // Origin servers expect origin-form: rewrite the absolute URI to its path and query.
                    up.write((parts[0] + " " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                              + " " + parts[2] + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    threads.execute(() -> copy(in, up));
                    copy(upstream.getInputStream(), client.getOutputStream());
                }
            } catch (IOException ignored) {
                // The client closed its pooled connection.
            }
        }

        private static String readLine(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        private static void copy(InputStream from, OutputStream to) {
            try {
                from.transferTo(to);
                to.flush();
            } catch (IOException ignored) {
                // One side closed.
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            threads.shutdownNow();
        }
    }
}
