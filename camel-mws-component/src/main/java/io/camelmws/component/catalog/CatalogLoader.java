package io.camelmws.component.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/** Reads {@code mws-catalog.json} into immutable catalog records; the JSON is the single source of MWS facts. */
final class CatalogLoader {

    static final String RESOURCE = "/io/camelmws/component/catalog/mws-catalog.json";

    private CatalogLoader() {
    }

    static MwsCatalog load() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("MWS catalog " + RESOURCE + " is missing from the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            JsonObject root = (JsonObject) Jsoner.deserialize(reader);
            return new MwsCatalog(sections(root.getCollection("sections")), regions(root.getMap("regions")),
                    marketplaces(root.getCollection("marketplaces")), retryableErrors((JsonObject) root.get("retryableErrors")),
                    java.util.regex.Pattern.compile(((JsonObject) root.get("flatFileFeedTypes")).getString("pattern")));
        } catch (IOException | org.apache.camel.util.json.DeserializationException e) {
            throw new IllegalStateException("MWS catalog " + RESOURCE + " cannot be read", e);
        }
    }

    private static List<Section> sections(List<Object> json) {
        List<Section> sections = new ArrayList<>();
        for (Object entry : json) {
            JsonObject s = (JsonObject) entry;
            String name = s.getString("name");
            Map<String, Operation> operations = new LinkedHashMap<>();
            for (Object op : (JsonArray) s.get("operations")) {
                Operation operation = operation(name, (JsonObject) op);
                operations.put(operation.name(), operation);
            }
            JsonObject marketplace = (JsonObject) s.get("marketplaceParameter");
            sections.add(new Section(
                    name,
                    s.getString("version"),
                    s.getString("path"),
                    strings(s.get("alternativePaths")),
                    s.getString("namespace"),
                    s.getString("sellerParameter"),
                    marketplace == null ? null : new ListNaming(marketplace.getString("name"), marketplace.getString("member")),
                    stringMap(s.get("lists")),
                    Collections.unmodifiableMap(operations),
                    stringMap(s.get("models")),
                    stringMap(s.get("documentModels"))));
        }
        return List.copyOf(sections);
    }

    private static Operation operation(String section, JsonObject op) {
        String name = op.getString("name");
        List<List<String>> oneOf = new ArrayList<>();
        Object groups = op.get("requiredOneOf");
        if (groups != null) {
            for (Object group : (JsonArray) groups) {
                oneOf.add(strings(group));
            }
        }
        return new Operation(
                name,
                section,
                Boolean.TRUE.equals(op.getBoolean("body")),
                Boolean.TRUE.equals(op.getBoolean("document")),
                Boolean.TRUE.equals(op.getBoolean("marketplace")),
                strings(op.get("required")),
                strings(op.get("optional")),
                List.copyOf(oneOf),
                op.getString("nextToken"),
                stringMap(op.get("lists")),
                throttle(name, (JsonObject) op.get("throttle")),
                required(op, name, "repeatable"),
                workflow((JsonObject) op.get("workflow")),
                poll((JsonObject) op.get("poll")));
    }

    private static PollSpec poll(JsonObject json) {
        if (json == null) {
            return null;
        }
        return new PollSpec(PollSpec.Kind.of(json.getString("kind")), json.getString("item"), json.getString("id"), json.getString("version"),
                json.getString("after"), json.getString("before"), strings(json.get("window")), json.getString("details"),
                json.getString("detail"), json.getString("detailList"), json.getString("model"), json.getString("download"), json.getString("acknowledge"),
                json.getString("schedule"), json.getString("typeList"), json.getString("status"), json.getString("done"),
                strings(json.get("finished")), json.getString("close"),
                json.getString("closeLag") == null ? null : java.time.Duration.parse(json.getString("closeLag")), strings(json.get("fields")),
                strings(json.get("lists")));
    }

    /** A flag every operation must state: a default would be a guess, and a wrong guess repeats a write. */
    private static boolean required(JsonObject op, String operation, String flag) {
        Boolean value = op.getBoolean(flag);
        if (value == null) {
            throw new IllegalStateException("MWS catalog: operation " + operation + " does not say whether it is " + flag);
        }
        return value;
    }

    private static Workflow workflow(JsonObject json) {
        if (json == null) {
            return null;
        }
        return new Workflow(Workflow.Kind.valueOf(json.getString("kind").toUpperCase(java.util.Locale.ROOT)), json.getString("list"),
                json.getString("idList"), json.getString("info"), json.getString("id"), json.getString("status"),
                json.getString("submittedDate"), json.getString("typeParameter"), json.getString("typeList"), json.getString("fromDate"),
                json.getString("download"), json.getString("reportList"), json.getString("acknowledge"));
    }

    private static ThrottleSpec throttle(String operation, JsonObject json) {
        if (json == null) {
            return null;
        }
        String bucket = json.getString("bucket");
        Number hourly = (Number) json.get("hourly");
        return new ThrottleSpec(
                bucket != null ? bucket : operation,
                ((Number) json.get("burst")).intValue(),
                Duration.parse(json.getString("restore")),
                hourly == null ? null : hourly.intValue(),
                Boolean.TRUE.equals(json.getBoolean("perItem")));
    }

    private static RetryableErrors retryableErrors(JsonObject json) {
        java.util.Set<Integer> statuses = new java.util.HashSet<>();
        for (Object status : (JsonArray) json.get("statuses")) {
            statuses.add(((Number) status).intValue());
        }
        return new RetryableErrors(java.util.Set.copyOf(strings(json.get("codes"))), java.util.Set.copyOf(statuses),
                java.util.Set.copyOf(strings(json.get("neverRetryable"))));
    }

    private static Map<String, String> regions(Map<String, Object> json) {
        Map<String, String> regions = new LinkedHashMap<>();
        json.forEach((code, url) -> regions.put(code, (String) url));
        return Collections.unmodifiableMap(regions);
    }

    private static List<Marketplace> marketplaces(List<Object> json) {
        List<Marketplace> marketplaces = new ArrayList<>();
        for (Object entry : json) {
            JsonObject m = (JsonObject) entry;
            marketplaces.add(new Marketplace(m.getString("code"), m.getString("id"), m.getString("region"),
                    m.getString("endpoint"), m.getString("flatFileCharset"), strings(m.get("aliases"))));
        }
        return List.copyOf(marketplaces);
    }

    private static List<String> strings(Object json) {
        if (json == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (JsonArray) json) {
            values.add((String) value);
        }
        return List.copyOf(values);
    }

    private static Map<String, String> stringMap(Object json) {
        if (json == null) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        ((JsonObject) json).forEach((key, value) -> values.put(key, (String) value));
        return Collections.unmodifiableMap(values);
    }
}
