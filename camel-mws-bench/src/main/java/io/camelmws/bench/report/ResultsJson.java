package io.camelmws.bench.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

import io.camelmws.bench.BenchRun;
import io.camelmws.bench.GroupRun;
import io.camelmws.bench.Machine;
import io.camelmws.bench.Result;

/**
 * {@code results.json}: the machine, and per group when it ran, the load average then and every RESULT it printed
 * ({@code error: null} where a figure had a single sample).
 */
public final class ResultsJson {

    public static final String FILE_NAME = "results.json";

    private ResultsJson() {
    }

    public static void write(BenchRun run, Path file) throws IOException {
        JsonObject root = new JsonObject();
        Machine machine = run.machine();
        JsonObject describedMachine = new JsonObject();
        describedMachine.put("processors", machine.processors());
        describedMachine.put("cpuModel", machine.cpuModel());
        describedMachine.put("memory", machine.memory());
        describedMachine.put("javaVersion", machine.javaVersion());
        describedMachine.put("os", machine.os());
        describedMachine.put("date", machine.date().toString());
        root.put("machine", describedMachine);
        root.put("smoke", run.smoke());
        JsonArray groups = new JsonArray();
        for (GroupRun group : run.groups()) {
            JsonObject described = new JsonObject();
            described.put("group", group.group());
            described.put("started", group.started().toString());
            described.put("load1", number(group.load()[0]));
            described.put("load5", number(group.load()[1]));
            described.put("load15", number(group.load()[2]));
            described.put("seconds", number(group.seconds()));
            JsonArray results = new JsonArray();
            for (Result result : group.results()) {
                JsonObject r = new JsonObject();
                r.put("name", result.name());
                r.put("keys", new JsonObject(new LinkedHashMap<>(result.keys())));
                r.put("value", number(result.value()));
                r.put("unit", result.unit());
                r.put("error", number(result.error()));
                results.add(r);
            }
            described.put("results", results);
            groups.add(described);
        }
        root.put("groups", groups);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Jsoner.prettyPrint(root.toJson(), 2) + "\n", StandardCharsets.UTF_8);
    }

    public static BenchRun read(Path file) throws IOException {
        JsonObject root;
        try {
            root = (JsonObject) Jsoner.deserialize(Files.readString(file, StandardCharsets.UTF_8));
        } catch (DeserializationException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonObject m = (JsonObject) root.get("machine");
        Machine machine = new Machine(((Number) m.get("processors")).intValue(), (String) m.get("cpuModel"), (String) m.get("memory"),
                (String) m.get("javaVersion"), (String) m.get("os"), LocalDate.parse((String) m.get("date")));
        List<GroupRun> groups = new ArrayList<>();
        for (Object g : (JsonArray) root.get("groups")) {
            JsonObject group = (JsonObject) g;
            List<Result> results = new ArrayList<>();
            for (Object r : (JsonArray) group.get("results")) {
                JsonObject result = (JsonObject) r;
                Map<String, String> keys = new LinkedHashMap<>();
                ((JsonObject) result.get("keys")).forEach((key, value) -> keys.put(key, String.valueOf(value)));
                results.add(new Result((String) result.get("name"), keys, value(result.get("value")), (String) result.get("unit"),
                        value(result.get("error"))));
            }
            groups.add(new GroupRun((String) group.get("group"), LocalDateTime.parse((String) group.get("started")),
                    new double[] {value(group.get("load1")), value(group.get("load5")), value(group.get("load15"))}, value(group.get("seconds")),
                    results));
        }
        return new BenchRun(machine, Boolean.TRUE.equals(root.get("smoke")), groups);
    }

    private static Object number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : new BigDecimal(Result.number(value));
    }

    private static double value(Object json) {
        return json == null ? Double.NaN : ((Number) json).doubleValue();
    }
}
