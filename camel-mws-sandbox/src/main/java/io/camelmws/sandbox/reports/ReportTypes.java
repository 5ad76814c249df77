package io.camelmws.sandbox.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The ReportType catalog, loaded once from {@code report-types.properties} next to this class. */
public final class ReportTypes {

    private static final String RESOURCE = "report-types.properties";

    private static final class Holder {
        static final ReportTypes STANDARD = load();
    }

    private final Map<String, ReportType> types;

    private ReportTypes(Map<String, ReportType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    public static ReportTypes standard() {
        return Holder.STANDARD;
    }

    /** The type called {@code name}, or {@code null} when MWS never had it. */
    public ReportType find(String name) {
        return types.get(name);
    }

    public boolean known(String name) {
        return types.containsKey(name);
    }

    /** Names of the types the sandbox generates content for, for error messages. */
    public List<String> simulatedNames() {
        return types.values().stream().filter(ReportType::simulated).map(ReportType::name).sorted().toList();
    }

    public List<String> schedulableSimulatedNames() {
        return types.values().stream().filter(t -> t.simulated() && t.schedulable()).map(ReportType::name).sorted()
                .toList();
    }

    /** The simulated types Amazon makes on its own (settlement reports), which nobody requests or schedules. */
    public List<ReportType> generatedByAmazon() {
        return types.values().stream().filter(t -> t.simulated() && !t.requestable() && !t.schedulable()).toList();
    }

    private static ReportTypes load() {
        Properties data = new Properties();
        try (InputStream in = ReportTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the sandbox jar");
            }
            data.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, ReportType> types = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(toStrings(data)).entrySet()) {
            String[] fields = entry.getValue().trim().split("\\s+");
            if (fields.length != 3) {
                throw new IllegalStateException(RESOURCE + ": " + entry.getKey()
                        + " needs '<obtained> <format> <content>', has '" + entry.getValue() + "'");
            }
            String obtained = fields[0];
            if (!List.of("request", "schedule", "request+schedule", "amazon").contains(obtained)
                    || !List.of("flat", "flat-utf8", "xml", "pdf").contains(fields[1])) {
                throw new IllegalStateException(RESOURCE + ": " + entry.getKey() + " has an unknown value in '"
                        + entry.getValue() + "'");
            }
            types.put(entry.getKey(), new ReportType(entry.getKey(), obtained.startsWith("request"),
                    obtained.endsWith("schedule"), "xml".equals(fields[1]), "-".equals(fields[2]) ? null : fields[2],
                    "flat-utf8".equals(fields[1])));
        }
        return new ReportTypes(types);
    }

    private static Map<String, String> toStrings(Properties data) {
        Map<String, String> strings = new LinkedHashMap<>();
        for (String name : data.stringPropertyNames()) {
            strings.put(name, data.getProperty(name));
        }
        return strings;
    }
}
