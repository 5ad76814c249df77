package io.camelmws.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camelmws.bench.BenchRun;
import io.camelmws.bench.Group;
import io.camelmws.bench.GroupRun;
import io.camelmws.bench.Result;

/**
 * One call taken apart, in µs, from benchmark 7: the whole call through the component and through the plain loop,
 * both without the wire (a client replaying the sandbox's recorded answer), and the stages measured alone. The plain
 * loop signs, has HttpClient send the request and take the answer, and decodes it ({@code EntityUtils.toString}).
 * The component signs, has HttpClient do the same, and reads the answer in one pass that decodes it, proves it
 * well-formed and scans it ({@code Utf8AnswerScan.read}); besides, it binds the parameters, and what is left is
 * Camel's exchange, the producer, the pipeline and the result headers.
 *
 * @param call      GetServiceStatus or ListOrders
 * @param component the component's whole call without the wire
 * @param plain     the plain loop's whole call without the wire
 * @param read      the component's reading of the answer
 * @param text      the plain loop's decoding of the answer
 */
record Breakdown(String call, Part component, Part plain, Part sign, Part bind, Part read, Part text) {

    /** A figure in µs with its error; sums and differences add the errors in quadrature. */
    record Part(double micros, double error) {

        Part minus(Part other) {
            return new Part(micros - other.micros, Math.hypot(error, other.error));
        }
    }

    static Optional<Breakdown> of(BenchRun run, String call) {
        Optional<GroupRun> stages = run.group(Group.STAGES);
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        GroupRun g = stages.get();
        List<Optional<Result>> figures = new ArrayList<>();
        for (String stage : List.of("componentNoWire", "plainNoWire", "sign", "bind", "read", "text")) {
            figures.add(g.first("stages." + stage, "call", call));
        }
        if (figures.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Breakdown(call, micros(figures.get(0)), micros(figures.get(1)), micros(figures.get(2)), micros(figures.get(3)),
                micros(figures.get(4)), micros(figures.get(5))));
    }

    private static Part micros(Optional<Result> nanos) {
        Result result = nanos.orElseThrow();
        return new Part(result.value() / 1000, Double.isNaN(result.error()) ? 0 : result.error() / 1000);
    }

    /** What both send and receive through HttpClient: the plain loop's call but its signing and its decoding. */
    Part http() {
        return plain.minus(sign).minus(text);
    }

    Part rest() {
        return component.minus(sign).minus(http()).minus(read).minus(bind);
    }

    /** What the component spends on top of the plain loop. */
    Part added() {
        return component.minus(plain);
    }

    /** Every part of the component's call without the wire, in the order the docs and the plot show them. */
    Map<String, Part> parts() {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("signing (`MwsRequestFactory.create`)", sign);
        parts.put("HttpClient request and answer (the plain loop's work besides signing and decoding)", http());
        parts.put("reading the answer: decoded, proved well-formed and scanned in one pass (`Utf8AnswerScan.read`)", read);
        parts.put("parameter binding (`ParameterBinder.bind`)", bind);
        parts.put("Camel exchange, producer, pipeline, result headers (the rest)", rest());
        return parts;
    }

    /** What only the component does: the parts it adds to the plain loop (they sum to {@link #added()}). */
    Map<String, Part> componentExtras() {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("reading the answer (`Utf8AnswerScan.read`) beyond the plain loop's decoding (`EntityUtils.toString`)", read.minus(text));
        parts.put("parameter binding (`ParameterBinder.bind`)", bind);
        parts.put("Camel exchange, producer, pipeline, result headers (the rest)", rest());
        return parts;
    }
}
