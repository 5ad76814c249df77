package io.camelmws.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.camelmws.bench.BenchRun;
import io.camelmws.bench.Group;
import io.camelmws.bench.GroupRun;
import io.camelmws.bench.Result;

/**
 * One call taken apart, in µs, from benchmark 7: the whole call through the component and through the plain loop,
 * both without the wire (a client replaying the sandbox's recorded answer), and the stages measured alone. The plain
 * loop signs too; what it spends besides signing is HttpClient's request and answer handling. What the component
 * spends besides the plain loop, binding and the scan is Camel's exchange, the producer, the invoker and the result
 * headers.
 *
 * @param call          GetServiceStatus or ListOrders
 * @param component     the component's whole call without the wire
 * @param plain         the plain loop's whole call without the wire
 */
record Breakdown(String call, Part component, Part plain, Part sign, Part bind, Part scan) {

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
        Optional<Result> component = g.first("stages.componentNoWire", "call", call);
        Optional<Result> plain = g.first("stages.plainNoWire", "call", call);
        Optional<Result> sign = g.first("stages.sign", "call", call);
        Optional<Result> bind = g.first("stages.bind", "call", call);
        Optional<Result> scan = g.first("stages.scan", "call", call);
        if (component.isEmpty() || plain.isEmpty() || sign.isEmpty() || bind.isEmpty() || scan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breakdown(call, micros(component), micros(plain), micros(sign), micros(bind), micros(scan)));
    }

    private static Part micros(Optional<Result> nanos) {
        Result result = nanos.orElseThrow();
        return new Part(result.value() / 1000, Double.isNaN(result.error()) ? 0 : result.error() / 1000);
    }

    Part rest() {
        return component.minus(plain).minus(bind).minus(scan);
    }

    /** What the component spends on top of the plain loop. */
    Part added() {
        return component.minus(plain);
    }

    /** Every part of the component's call without the wire, in the order the docs and the plot show them. */
    Map<String, Part> parts() {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("signing (`MwsRequestFactory.create`)", sign);
        parts.put("HttpClient request and answer, body to text (the plain loop's work besides signing)", plain.minus(sign));
        parts.putAll(componentExtras());
        return parts;
    }

    /** What only the component does: the parts it adds to the plain loop. */
    Map<String, Part> componentExtras() {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("parameter binding (`ParameterBinder.bind`)", bind);
        parts.put("answer scan (`ResponseScan.of`)", scan);
        parts.put("Camel exchange, producer, invoker, result headers (the rest)", rest());
        return parts;
    }
}
