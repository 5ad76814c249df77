package io.camelmws.sandbox.bench;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: how fast the sandbox streams a 1 GiB {@code _GET_SANDBOX_SYNTHETIC_DATA_} report over loopback to a
 * plain blocking socket client that reads and discards it, and to one that also computes its MD5. Also times the
 * one-off MD5 pre-pass the sandbox makes before the first GetReport of a (size, seed). Prints
 * {@code RESULT sandbox.report_mb_per_second value=... client=...} lines (MB = 10^6 bytes) and stops after
 * {@code --rounds} downloads per client or {@code --seconds} in all, whichever comes first.
 * <pre>
 * mvn -o -q -pl camel-mws-sandbox test-compile
 * java -cp camel-mws-sandbox/target/classes:camel-mws-sandbox/target/test-classes \
 *     io.camelmws.sandbox.bench.ReportStreamBench [--size-mib 1024] [--rounds 3] [--seconds 120]
 * </pre>
 */
public final class ReportStreamBench {

    private static final String ACCESS_KEY = "AKIABENCHMARK0000001";
    private static final String SECRET_KEY = "bench/secret+key=";
    private static final String SELLER = "A1BENCHSELLER";
    private static final int BUFFER = 1 << 20;

    private ReportStreamBench() {
    }

    public static void main(String[] args) throws Exception {
        long size = 1024L << 20;
        int rounds = 3;
        long seconds = 120;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--size-mib" -> size = Long.parseLong(args[i + 1]) << 20;
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --size-mib N, --rounds N, --seconds N");
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (MwsSandbox sandbox = MwsSandbox.builder().port(0).accessKey(ACCESS_KEY).secretKey(SECRET_KEY)
                .sellerId(SELLER).throttling(false).orders(100)
                .reportProcessingTimes(Duration.ZERO, Duration.ZERO).build().start()) {
            String reportId = prepare(sandbox.port(), size);
            System.out.printf(Locale.ROOT, "# %s, %d processors, max heap %d MiB, report %d MiB%n",
                    System.getProperty("java.vm.name") + " " + Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, size >> 20);

            long start = System.nanoTime();
            Download first = download(sandbox.port(), reportId, false);
            double prepass = (System.nanoTime() - start - first.nanos) / 1e9;
            System.out.printf(Locale.ROOT, "RESULT sandbox.report_md5_prepass_mb_per_second value=%.1f seconds=%.2f%n",
                    size / 1e6 / prepass, prepass);
            report("discard-warmup", first, size);
            for (boolean md5 : new boolean[] {false, true}) {
                for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
                    report(md5 ? "md5" : "discard", download(sandbox.port(), reportId, md5), size);
                }
            }
        }
    }

    private static void report(String client, Download download, long size) {
        if (download.bytes != size) {
            throw new IllegalStateException("Received " + download.bytes + " bytes of " + size);
        }
        System.out.printf(Locale.ROOT, "RESULT sandbox.report_mb_per_second value=%.1f client=%s seconds=%.2f%n",
                size / 1e6 / (download.nanos / 1e9), client, download.nanos / 1e9);
    }

    /** Requests the report (ready at once) and returns its ReportId. */
    private static String prepare(int port, long size) throws IOException {
        String requested = new String(exchange(port, "RequestReport", "ReportType", "_GET_SANDBOX_SYNTHETIC_DATA_",
                "ReportOptions", "size=" + size + ";seed=7").readAllBytes(), StandardCharsets.UTF_8);
        Matcher id = Pattern.compile("<ReportRequestId>(\\d+)</ReportRequestId>").matcher(requested);
        if (!id.find()) {
            throw new IllegalStateException("RequestReport failed: " + requested);
        }
        String list = new String(exchange(port, "GetReportRequestList", "ReportRequestIdList.Id.1", id.group(1))
                .readAllBytes(), StandardCharsets.UTF_8);
        Matcher reportId = Pattern.compile("<GeneratedReportId>(\\d+)</GeneratedReportId>").matcher(list);
        if (!reportId.find()) {
            throw new IllegalStateException("The report is not ready: " + list);
        }
        return reportId.group(1);
    }

    private record Download(long bytes, long nanos) {
    }

    /** Times from the end of the response headers to the last body byte. */
    private static Download download(int port, String reportId, boolean md5) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setReceiveBufferSize(4 << 20);
            InputStream in = send(socket, "GetReport", "ReportId", reportId);
            Map<String, String> headers = headers(in);
            long length = Long.parseLong(headers.get("content-length"));
            MessageDigest digest = md5 ? MessageDigest.getInstance("MD5") : null;
            byte[] buffer = new byte[BUFFER];
            long received = 0;
            long start = System.nanoTime();
            while (received < length) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, length - received));
                if (n < 0) {
                    break;
                }
                if (digest != null) {
                    digest.update(buffer, 0, n);
                }
                received += n;
            }
            long nanos = System.nanoTime() - start;
            if (digest != null && !Base64.getEncoder().encodeToString(digest.digest()).equals(headers.get("content-md5"))) {
                throw new IllegalStateException("Content-MD5 mismatch");
            }
            return new Download(received, nanos);
        }
    }

    private static InputStream exchange(int port, String action, String... parameters) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        InputStream in = send(socket, action, parameters);
        Map<String, String> headers = headers(in);
        byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        socket.close();
        return new java.io.ByteArrayInputStream(body);
    }

    private static InputStream send(Socket socket, String action, String... parameters) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("AWSAccessKeyId", ACCESS_KEY);
        all.put("Action", action);
        all.put("Merchant", SELLER);
        all.put("SignatureMethod", "HmacSHA256");
        all.put("SignatureVersion", "2");
        all.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        all.put("Version", "2009-01-01");
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            all.put(parameters[i], parameters[i + 1]);
        }
        String host = "127.0.0.1:" + socket.getPort();
        all.put("Signature", TestSigner.sign(SECRET_KEY, "HmacSHA256", "POST", host, "/Reports/2009-01-01", all));
        byte[] form = SignedRequest.formEncode(all).getBytes(StandardCharsets.US_ASCII);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /Reports/2009-01-01 HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: "
                + "application/x-www-form-urlencoded\r\nContent-Length: " + form.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(form);
        out.flush();
        return socket.getInputStream();
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String status = line(in);
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException("Unexpected answer " + status);
        }
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("Connection closed");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
