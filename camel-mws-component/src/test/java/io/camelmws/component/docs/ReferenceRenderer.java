package io.camelmws.component.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.JsonObject;

/** Renders the component's generated {@code mws.json} as the Markdown option and header tables of docs/component-reference.md. */
final class ReferenceRenderer {

    private ReferenceRenderer() {
    }

    static String render(JsonObject json) {
        JsonObject component = (JsonObject) json.get("component");
        JsonObject componentProperties = (JsonObject) json.get("componentProperties");
        JsonObject properties = (JsonObject) json.get("properties");
        JsonObject headers = (JsonObject) json.get("headers");
        StringBuilder md = new StringBuilder();
        md.append("# mws component reference\n\n");
        md.append("<!-- Generated from camel-mws-component's mws.json by ComponentReferenceDocsTest; do not edit by hand.\n")
                .append("     Regenerate: mvn -B -pl camel-mws-component test -Dtest=ComponentReferenceDocsTest -Dmws.docs.update=true -->\n\n");
        md.append(component.getString("description")).append("\n\n");
        md.append("- Scheme: `").append(component.getString("scheme")).append("`, syntax: `").append(component.getString("syntax"))
                .append(Boolean.TRUE.equals(component.getBoolean("producerOnly")) ? "` (producer only)\n" : "` (producer; consumer for ListOrders, GetReportList, GetFeedSubmissionList and ListFinancialEvents)\n");
        md.append("- Maven: `").append(component.getString("groupId")).append(':').append(component.getString("artifactId")).append("`\n\n");
        md.append("Options marked **secret** are masked by Camel in logged URIs and in the Camel Main start-up summary.\n")
                .append("Durations accept milliseconds or Camel's text form (`30s`, `1m30s`).\n\n");

        md.append("## Component options\n\n")
                .append("Set once for every endpoint as `camel.component.mws.<option>` (kebab-case works too); an endpoint's URI overrides them.\n\n");
        table(md, componentProperties, false);

        List<Map.Entry<String, Object>> path = new ArrayList<>();
        JsonObject query = new JsonObject();
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            if ("path".equals(((JsonObject) entry.getValue()).getString("kind"))) {
                path.add(entry);
            } else {
                query.put(entry.getKey(), entry.getValue());
            }
        }
        md.append("\n## Endpoint options\n\n### Path\n\n| Name | Description | Required | Type |\n|---|---|---|---|\n");
        for (Map.Entry<String, Object> entry : path) {
            JsonObject p = (JsonObject) entry.getValue();
            md.append("| `").append(entry.getKey()).append("` | ").append(cell(p.getString("description"))).append(" | ")
                    .append(Boolean.TRUE.equals(p.getBoolean("required")) ? "yes" : "no").append(" | ").append(type(p)).append(" |\n");
        }
        md.append("\n### Query\n\n");
        table(md, query, true);

        md.append("\n## Message headers\n\n| Header | Description | Type |\n|---|---|---|\n");
        for (Map.Entry<String, Object> entry : headers.entrySet()) {
            JsonObject h = (JsonObject) entry.getValue();
            md.append("| `").append(entry.getKey()).append("` | ").append(cell(h.getString("description"))).append(" | `")
                    .append(cell(h.getString("javaType"))).append("` |\n");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, JsonObject options, boolean showPrefix) {
        md.append("| Name | Group | Description | Default | Type |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, Object> entry : options.entrySet()) {
            JsonObject o = (JsonObject) entry.getValue();
            String name = entry.getKey();
            if (showPrefix && o.getString("prefix") != null) {
                name = o.getString("prefix") + "*";
            }
            StringBuilder description = new StringBuilder(cell(o.getString("description")));
            if (Boolean.TRUE.equals(o.getBoolean("required"))) {
                description.append(" **Required.**");
            }
            if (Boolean.TRUE.equals(o.getBoolean("secret"))) {
                description.append(" **Secret.**");
            }
            if (Boolean.TRUE.equals(o.getBoolean("autowired"))) {
                description.append(" Autowired from the registry when exactly one bean of its type exists.");
            }
            Object enums = o.get("enum");
            if (enums != null) {
                description.append(" Allowed: ").append(String.join(", ", ((List<?>) enums).stream().map(v -> "`" + v + "`").toList())).append('.');
            }
            Object defaultValue = o.get("defaultValue");
            md.append("| `").append(name).append("` | ").append(o.getString("group")).append(" | ").append(description).append(" | ")
                    .append(defaultValue == null ? "" : "`" + defaultValue + "`").append(" | ").append(type(o)).append(" |\n");
        }
    }

    private static String type(JsonObject option) {
        if ("duration".equals(option.getString("type"))) {
            return "`Duration`";
        }
        String javaType = option.getString("javaType");
        String simple = javaType == null ? option.getString("type") : javaType.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
        return "`" + cell(simple) + "`";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
