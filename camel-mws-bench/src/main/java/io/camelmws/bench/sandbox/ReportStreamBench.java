package io.camelmws.bench.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.Result;
import io.camelmws.bench.Stats;
import io.camelmws.component.http.MwsRequest;
import io.camelmws.component.http.MwsRequestFactory;
import io.camelmws.sandbox.MwsSandbox;

/**
 * How fast the sandbox streams a synthetic {@code _GET_SANDBOX_SYNTHETIC_DATA_} report (1 GiB for the docs) over
 * loopback to a plain blocking socket client that reads and discards it, and to one that also computes its MD5;
 * also times the one-off MD5 pre-pass the sandbox makes before the first GetReport of a (size, seed). Throughput is
 * timed from the end of the response headers to the last body byte; MB = 10^6 bytes.
 */
public final class ReportStreamBench {

    private static final int BUFFER = 1 << 20;

    private ReportStreamBench() {
    }

    public static List<Result> run(BenchSettings settings) throws Exception {
        long size = settings.reportStreamBytes();
        String sizeKey = String.valueOf(size >> 20);
        List<Result> results = new ArrayList<>();
        try (MwsSandbox sandbox = BenchAccount.sandbox().throttling(false).orders(100)
                .reportProcessingTimes(Duration.ZERO, Duration.ZERO).build().start()) {
            MwsRequestFactory factory = BenchAccount.requestFactory(sandbox.baseUrl());
            String reportId = prepare(sandbox, factory, size);

            long start = System.nanoTime();
            Download first = download(sandbox, factory, reportId, false, size);
            double prepass = (System.nanoTime() - start - first.nanos) / 1e9;
            results.add(Result.of("sandbox.report_md5_prepass", size / 1e6 / prepass, "MB/s", Double.NaN, "size_mib", sizeKey,
                    "seconds", Result.number(prepass)).print());
            for (boolean md5 : new boolean[] {false, true}) {
                double[] samples = new double[settings.reportStreamRounds()];
                for (int round = 0; round < samples.length; round++) {
                    samples[round] = size / 1e6 / (download(sandbox, factory, reportId, md5, size).nanos / 1e9);
                }
                Stats stats = Stats.of(samples);
                results.add(Result.of("sandbox.report_stream", stats.mean(), "MB/s", stats.error(), "client", md5 ? "md5" : "discard",
                        "size_mib", sizeKey, "rounds", String.valueOf(samples.length)).print());
            }
        }
        return results;
    }

    /** Requests the report (ready at once) and returns its ReportId. */
    private static String prepare(MwsSandbox sandbox, MwsRequestFactory factory, long size) throws IOException {
        String requested = exchange(sandbox, factory, "RequestReport", "ReportType", "_GET_SANDBOX_SYNTHETIC_DATA_",
                "ReportOptions", "size=" + size + ";seed=7");
        Matcher id = Pattern.compile("<ReportRequestId>(\\d+)</ReportRequestId>").matcher(requested);
        if (!id.find()) {
            throw new IllegalStateException("RequestReport failed: " + requested);
        }
        String list = exchange(sandbox, factory, "GetReportRequestList", "ReportRequestIdList.Id.1", id.group(1));
        Matcher reportId = Pattern.compile("<GeneratedReportId>(\\d+)</GeneratedReportId>").matcher(list);
        if (!reportId.find()) {
            throw new IllegalStateException("The report is not ready: " + list);
        }
        return reportId.group(1);
    }

    private record Download(long bytes, long nanos) {
    }

    private static Download download(MwsSandbox sandbox, MwsRequestFactory factory, String reportId, boolean md5, long size) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
            socket.setReceiveBufferSize(4 << 20);
            InputStream in = send(socket, factory, "GetReport", "ReportId", reportId);
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
            if (received != size) {
                throw new IllegalStateException("Received " + received + " bytes of " + size);
            }
            if (digest != null && !Base64.getEncoder().encodeToString(digest.digest()).equals(headers.get("content-md5"))) {
                throw new IllegalStateException("Content-MD5 mismatch");
            }
            return new Download(received, nanos);
        }
    }

    private static String exchange(MwsSandbox sandbox, MwsRequestFactory factory, String action, String... parameters) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
            InputStream in = send(socket, factory, action, parameters);
            Map<String, String> headers = headers(in);
            return new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        }
    }

    private static InputStream send(Socket socket, MwsRequestFactory factory, String action, String... parameters) throws IOException {
        TreeMap<String, String> operationParameters = new TreeMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            operationParameters.put(parameters[i], parameters[i + 1]);
        }
        MwsRequest request = factory.create(BenchAccount.operation(action, null), operationParameters, Clock.systemUTC(), null);
        String path = request.uri().getRawPath().isEmpty() ? "/" : request.uri().getRawPath();
        byte[] form = request.formBody();
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + request.hostHeader() + "\r\nContent-Type: "
                   + "application/x-www-form-urlencoded; charset=utf-8\r\nContent-Length: " + form.length + "\r\nConnection: close\r\n\r\n")
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
