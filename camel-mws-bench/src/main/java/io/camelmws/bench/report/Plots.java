package io.camelmws.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

import io.camelmws.bench.BenchRun;
import io.camelmws.bench.Group;
import io.camelmws.bench.GroupRun;
import io.camelmws.bench.Result;

/**
 * The plots of docs/performance.md, where a picture says more than a table: component against plain client by
 * threads, report download against md5sum and the sandbox's own streaming, throttle efficiency against its goal,
 * and where the time of one call goes. Error bars are JMH's 99.9 % intervals (none where a figure had one run).
 */
public final class Plots {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private Plots() {
    }

    public static void write(BenchRun run, Path directory) throws IOException {
        Files.createDirectories(directory);
        run.group(Group.PRODUCER).ifPresent(g -> save(producer(g), directory.resolve("producer.png")));
        run.group(Group.REPORT).ifPresent(g -> save(report(g, run.group(Group.SANDBOX)), directory.resolve("report-download.png")));
        run.group(Group.THROTTLE).ifPresent(g -> save(throttle(g), directory.resolve("throttle.png")));
        Optional<Breakdown> status = Breakdown.of(run, "GetServiceStatus");
        Optional<Breakdown> orders = Breakdown.of(run, "ListOrders");
        if (status.isPresent() && orders.isPresent()) {
            save(stages(status.get(), orders.get()), directory.resolve("stages.png"));
        }
    }

    private static CategoryChart producer(GroupRun g) {
        CategoryChart chart = chart("GetServiceStatus requests/s: mws: component vs plain HttpClient 5", "producer threads", "requests/s");
        List<String> threads = List.of("1", "4");
        for (String client : List.of("camel", "plain")) {
            List<Double> values = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String t : threads) {
                Optional<Result> result = g.first("producer." + client, "threads", t);
                values.add(result.map(Result::value).orElse(0.0));
                errors.add(result.map(r -> zeroIfNaN(r.error())).orElse(0.0));
            }
            chart.addSeries(client.equals("camel") ? "mws: component" : "plain HttpClient 5", threads, values, errors);
        }
        return chart;
    }

    private static CategoryChart report(GroupRun g, Optional<GroupRun> sandbox) {
        CategoryChart chart = chart("Report download, MB/s (MB = 10^6 bytes)", "", "MB/s");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        add(labels, values, errors, "component → file (moved)", g.first("report.component"));
        add(labels, values, errors, "component → file (copied)", g.first("report.component_copy"));
        add(labels, values, errors, "component, no file step", g.first("report.spool_only"));
        add(labels, values, errors, "md5sum of the file", g.first("report.md5sum"));
        sandbox.ifPresent(s -> {
            add(labels, values, errors, "sandbox → socket, discard", s.first("sandbox.report_stream", "client", "discard"));
            add(labels, values, errors, "sandbox → socket, MD5", s.first("sandbox.report_stream", "client", "md5"));
        });
        chart.addSeries("MB/s", labels, values, errors);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(15);
        return chart;
    }

    private static CategoryChart throttle(GroupRun g) {
        CategoryChart chart = chart("Throttle efficiency: elapsed ÷ the quota's minimum (1 is perfect)", "operation × time scale", "efficiency");
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> goal = new ArrayList<>();
        for (Result efficiency : g.find("throttle.efficiency")) {
            labels.add(efficiency.key("operation") + " ×" + efficiency.key("scale"));
            values.add(efficiency.value());
            goal.add(1.05);
        }
        chart.addSeries("measured", labels, values);
        CategorySeries line = chart.addSeries("goal ≤ 1.05", labels, goal);
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        line.setLineColor(Color.RED);
        line.setMarkerColor(Color.RED);
        chart.getStyler().setYAxisMin(0.9);
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return chart;
    }

    private static CategoryChart stages(Breakdown status, Breakdown orders) {
        CategoryChart chart = chart("One call through the component, without the wire, µs (a negative rest shows as 0)", "", "µs");
        List<String> bars = List.of("GetServiceStatus", "ListOrders (10 orders)");
        for (String part : status.parts().keySet()) {
            chart.addSeries(part.replace("`", ""), bars,
                    List.of(Math.max(0, status.parts().get(part).micros()), Math.max(0, orders.parts().get(part).micros())));
        }
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        return chart;
    }

    private static void add(List<String> labels, List<Double> values, List<Double> errors, String label, Optional<Result> result) {
        result.ifPresent(r -> {
            labels.add(label);
            values.add(r.value());
            errors.add(zeroIfNaN(r.error()));
        });
    }

    private static CategoryChart chart(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    private static double zeroIfNaN(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static void save(CategoryChart chart, Path file) {
        try {
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + file, e);
        }
    }
}
