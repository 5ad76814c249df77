package io.camelmws.bench.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import io.camelmws.bench.BenchAccount;
import io.camelmws.bench.BenchSettings;
import io.camelmws.bench.CamelMws;
import io.camelmws.bench.ChildJvm;
import io.camelmws.bench.HeapPeak;
import io.camelmws.bench.Result;
import io.camelmws.bench.Stats;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.MwsSandbox;

/**
 * A synthetic report (1 GiB for the docs) downloaded through the component, verified against its Content-MD5 and
 * written to a file by {@code to("file:...")} (with {@code downloadLocalWorkPath=true}, so the verified spool file is
 * renamed into place; and without it, copied), in a JVM with a 64 MiB heap; compared with {@code md5sum} reading the
 * same bytes from the file afterwards. The sandbox runs in the calling JVM, so the child's heap is the component's.
 * <p>
 * The child first runs the whole workflow once ({@code RequestReport} with {@code await=true}, ready after ~150 ms
 * at time scale 600): that warms up the JVM and the sandbox's one-off MD5 pre-pass of the report. Each measured
 * round then downloads the done report again ({@code GetReport} to a file, timed from the call to the file being
 * closed), the same without the file step (download, verification and spooling alone), and runs {@code md5sum} over the
 * file.
 */
public final class ReportDownloadBench {

    static final double TIME_SCALE = 600;
    static final long SEED = 1;
    static final String REPORT_TYPE = "_GET_SANDBOX_SYNTHETIC_DATA_";

    private ReportDownloadBench() {
    }

    public static List<Result> run(BenchSettings settings, Path workDirectory) throws Exception {
        Path directory = Files.createDirectories(workDirectory.resolve("report-download"));
        try (MwsSandbox sandbox = BenchAccount.sandbox().timeScale(TIME_SCALE).orders(100).build().start()) {
            return ChildJvm.run(ReportDownloadBench.class, List.of(BenchSettings.CHILD_HEAP),
                    List.of(sandbox.baseUrl(), String.valueOf(settings.reportBytes()), String.valueOf(settings.reportRounds()), directory.toString()),
                    settings.childTimeout());
        } finally {
            deleteTree(directory);
        }
    }

    /** The child: {@code baseUrl size rounds directory}. */
    public static void main(String[] args) throws Exception {
        HeapPeak.watch();
        String baseUrl = args[0];
        long size = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path directory = Path.of(args[3]);
        Path spool = Files.createDirectories(directory.resolve("spool"));
        Path out = Files.createDirectories(directory.resolve("out"));
        RouteBuilder routes = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:workflow")
                        .to("mws:RequestReport?reportType=" + REPORT_TYPE + "&await=true&awaitPollInterval=50&downloadSpoolDirectory=" + spool)
                        .to("file:" + out + "?fileName=workflow.txt");
                // As the user guide recommends for large reports: the verified spool file is renamed into place.
                from("direct:download")
                        .to("mws:GetReport?downloadLocalWorkPath=true&downloadSpoolDirectory=" + spool)
                        .to("file:" + out + "?fileName=report.txt");
                // Without downloadLocalWorkPath: the file producer copies the spool file.
                from("direct:download-copy")
                        .to("mws:GetReport?downloadSpoolDirectory=" + spool)
                        .to("file:" + out + "?fileName=report-copy.txt");
                // The same download without the file step: what receiving, verifying and spooling alone cost.
                from("direct:spool-only")
                        .to("mws:GetReport?downloadSpoolDirectory=" + spool);
            }
        };
        try (CamelMws camel = CamelMws.start(baseUrl, ThrottlingMode.WAIT, TIME_SCALE, routes)) {
            long start = System.nanoTime();
            Exchange workflow = camel.template().request("direct:workflow", exchange -> exchange.getMessage().setHeader(MwsConstants.PARAMETERS,
                    Map.of("ReportOptions", "size=" + size + ";seed=" + SEED)));
            double workflowSeconds = (System.nanoTime() - start) / 1e9;
            check(workflow, out.resolve("workflow.txt"), size);
            Files.delete(out.resolve("workflow.txt"));
            String reportId = workflow.getMessage().getHeader(MwsConstants.REPORT_ID, String.class);
            String contentMd5 = workflow.getMessage().getHeader(MwsConstants.CONTENT_MD5, String.class);
            Result.of("report.workflow", size / 1e6 / workflowSeconds, "MB/s", Double.NaN, "size_mib", String.valueOf(size >> 20),
                    "seconds", Result.number(workflowSeconds)).print();

            double[] component = new double[rounds];
            double[] copying = new double[rounds];
            double[] spoolOnly = new double[rounds];
            double[] md5sum = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                Path file = out.resolve("report.txt");
                start = System.nanoTime();
                Exchange download = camel.template().request("direct:download",
                        exchange -> exchange.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportId", reportId)));
                double seconds = (System.nanoTime() - start) / 1e9;
                check(download, file, size);
                component[round] = size / 1e6 / seconds;
                System.out.printf("# round %d: component %.1f MB/s (%.2f s)%n", round + 1, component[round], seconds);
                Path copy = out.resolve("report-copy.txt");
                start = System.nanoTime();
                Exchange copied = camel.template().request("direct:download-copy",
                        exchange -> exchange.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportId", reportId)));
                seconds = (System.nanoTime() - start) / 1e9;
                check(copied, copy, size);
                Files.delete(copy);
                copying[round] = size / 1e6 / seconds;
                System.out.printf("# round %d: component copying the spool file %.1f MB/s (%.2f s)%n", round + 1, copying[round], seconds);
                start = System.nanoTime();
                Exchange spooled = camel.template().request("direct:spool-only",
                        exchange -> exchange.getMessage().setHeader(MwsConstants.PARAMETERS, Map.of("ReportId", reportId)));
                seconds = (System.nanoTime() - start) / 1e9;
                if (spooled.getException() != null) {
                    throw new IllegalStateException("The download failed", spooled.getException());
                }
                spoolOnly[round] = size / 1e6 / seconds;
                System.out.printf("# round %d: component without the file step %.1f MB/s (%.2f s)%n", round + 1, spoolOnly[round], seconds);
                md5sum[round] = size / 1e6 / md5sum(file, contentMd5);
                System.out.printf("# round %d: md5sum %.1f MB/s%n", round + 1, md5sum[round]);
                Files.delete(file);
            }
            String sizeKey = String.valueOf(size >> 20);
            Stats ours = Stats.of(component);
            Stats theirs = Stats.of(md5sum);
            Stats ratio = Stats.ratio(ours.mean(), ours.error(), theirs.mean(), theirs.error());
            Result.of("report.component", ours.mean(), "MB/s", ours.error(), "size_mib", sizeKey, "rounds", String.valueOf(rounds)).print();
            Stats copies = Stats.of(copying);
            Result.of("report.component_copy", copies.mean(), "MB/s", copies.error(), "size_mib", sizeKey, "rounds", String.valueOf(rounds)).print();
            Stats spooling = Stats.of(spoolOnly);
            Result.of("report.spool_only", spooling.mean(), "MB/s", spooling.error(), "size_mib", sizeKey, "rounds", String.valueOf(rounds)).print();
            Result.of("report.md5sum", theirs.mean(), "MB/s", theirs.error(), "size_mib", sizeKey, "rounds", String.valueOf(rounds)).print();
            Result.of("report.ratio", ratio.mean(), "x", ratio.error(), "size_mib", sizeKey).print();
        }
        Result.of("report.peak_heap", HeapPeak.peakMiB(), "MiB", Double.NaN, "max_heap_mib", Result.number(HeapPeak.maxHeapMiB()),
                "live_after_gc_max_mib", Result.number(HeapPeak.liveAfterGcMaxMiB()), "pool_peaks_sum_mib", Result.number(HeapPeak.poolPeaksSumMiB()))
                .print();
    }

    private static void check(Exchange exchange, Path file, long size) throws IOException {
        if (exchange.getException() != null) {
            throw new IllegalStateException("The download failed", exchange.getException());
        }
        if (Files.size(file) != size) {
            throw new IllegalStateException(file + " has " + Files.size(file) + " bytes, expected " + size);
        }
    }

    /** Runs coreutils' md5sum over the file; returns the seconds it took, after checking it agrees with Content-MD5. */
    static double md5sum(Path file, String contentMd5) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("md5sum", file.toString()).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("md5sum failed: " + output);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String hex = output.substring(0, output.indexOf(' '));
        String expected = HexFormat.of().formatHex(Base64.getDecoder().decode(contentMd5));
        if (!hex.equals(expected)) {
            throw new IllegalStateException("md5sum says " + hex + " but the Content-MD5 is " + expected);
        }
        return seconds;
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(directory)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
