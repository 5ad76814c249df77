package io.camelmws.sandbox.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSigner;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 3 GiB synthetic report served by a sandbox whose JVM has a 128 MiB heap (a child process, so the bound is the
 * sandbox's alone): the download must complete, match its Content-MD5, and leave the sandbox's heap small.
 */
class SyntheticReportHeapTest {

    private static final long SIZE = 3L << 30;
    private static final long HEAP_LIMIT = 128L << 20;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Path classes;
    private Process sandbox;
    private PrintWriter commands;
    private BufferedReader answers;
    private int port;

    @BeforeEach
    void startSandboxWithASmallHeap() throws Exception {
        // Copies, so the child's lazy class loading cannot see a build recompiling target/ under it.
        classes = Files.createTempDirectory("heap-bounded-sandbox-");
        String classpath = copy(location(MwsSandbox.class), classes.resolve("main")) + File.pathSeparator
                + copy(location(HeapBoundedSandbox.class), classes.resolve("test"));
        sandbox = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", classpath, HeapBoundedSandbox.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(sandbox.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        String ready = answers.readLine();
        assertThat(ready).as("the child sandbox's first line").startsWith("READY ");
        port = Integer.parseInt(ready.substring("READY ".length()));
    }

    @AfterEach
    void stopSandbox() throws Exception {
        if (sandbox != null) {
            commands.println("quit");
            if (!sandbox.waitFor(10, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly();
            }
        }
        if (classes != null) {
            try (Stream<Path> files = Files.walk(classes)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void streamsAThreeGibReportWithItsMd5FromA128MibHeap() throws Exception {
        HttpResponse<String> requested = call("RequestReport", "ReportType", "_GET_SANDBOX_SYNTHETIC_DATA_",
                "ReportOptions", "size=" + SIZE + ";seed=7");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        String reportId = element(call("GetReportRequestList").body(), "GeneratedReportId");

        HttpResponse<InputStream> report = CLIENT.send(request("GetReport", "ReportId", reportId),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        long received = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream body = report.body()) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (received == 0) {
                    assertThat(new String(buffer, 0, Math.min(n, 36), StandardCharsets.US_ASCII))
                            .isEqualTo("sku\tasin\tprice\tquantity\tdescription\n");
                }
                md5.update(buffer, 0, n);
                received += n;
            }
        }
        assertThat(received).isEqualTo(SIZE);
        assertThat(report.headers().firstValue("Content-MD5"))
                .hasValue(Base64.getEncoder().encodeToString(md5.digest()));

        commands.println("heap");
        Matcher heap = Pattern.compile("HEAP (\\d+) (\\d+)").matcher(answers.readLine());
        assertThat(heap.matches()).isTrue();
        assertThat(Long.parseLong(heap.group(2))).as("the child's max heap").isLessThanOrEqualTo(HEAP_LIMIT);
        assertThat(Long.parseLong(heap.group(1))).as("the child's peak heap").isLessThan(HEAP_LIMIT);
        assertThat(sandbox.isAlive()).isTrue();
    }

    private HttpResponse<String> call(String action, String... parameters) throws Exception {
        return CLIENT.send(request(action, parameters), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String action, String... parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("AWSAccessKeyId", HeapBoundedSandbox.ACCESS_KEY);
        all.put("Action", action);
        all.put("Merchant", HeapBoundedSandbox.SELLER_ID);
        all.put("SignatureMethod", "HmacSHA256");
        all.put("SignatureVersion", "2");
        all.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        all.put("Version", "2009-01-01");
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            all.put(parameters[i], parameters[i + 1]);
        }
        all.put("Signature", TestSigner.sign(HeapBoundedSandbox.SECRET_KEY, "HmacSHA256", "POST",
                "127.0.0.1:" + port, "/", all));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(50))
                .POST(HttpRequest.BodyPublishers.ofString(SignedRequest.formEncode(all))).build();
    }

    private static String element(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        assertThat(matcher.find()).as("<%s> in %s", name, xml).isTrue();
        return matcher.group(1);
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to.toString();
    }
}
