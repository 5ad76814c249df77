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
record Breakdown(String call, double component, double plain, double sign, double bind, double scan) {

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

    private static double micros(Optional<Result> nanos) {
        return nanos.orElseThrow().value() / 1000;
    }

    double rest() {
        return component - plain - bind - scan;
    }

    /** What the component spends on top of the plain loop. */
    double added() {
        return component - plain;
    }

    /** Every part of the component's call without the wire, in the order the docs and the plot show them. */
    Map<String, Double> parts() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("signing (`MwsRequestFactory.create`)", sign);
        parts.put("HttpClient request and answer, body to text (the plain loop's work besides signing)", plain - sign);
        parts.putAll(componentExtras());
        return parts;
    }

    /** What only the component does: the parts it adds to the plain loop. */
    Map<String, Double> componentExtras() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("parameter binding (`ParameterBinder.bind`)", bind);
        parts.put("answer scan (`ResponseScan.of`)", scan);
        parts.put("Camel exchange, producer, invoker, result headers (the rest)", rest());
        return parts;
    }
}
