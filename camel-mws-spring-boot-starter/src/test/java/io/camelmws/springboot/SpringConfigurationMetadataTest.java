package io.camelmws.springboot;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata of {@code camel.component.mws.*} is the component's own option list (its generated Camel JSON):
 * fails when an option is added, renamed or re-described without the metadata following. Rewrite it with
 * {@code -Dmws.docs.update=true}.
 */
class SpringConfigurationMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path METADATA = Path.of("src/main/resources/META-INF/spring-configuration-metadata.json");

    @Test
    void theMetadataListsEveryComponentOptionAsTheComponentDescribesIt() throws Exception {
        JsonNode expected = expected();
        if (Boolean.getBoolean("mws.docs.update")) {
            Files.writeString(METADATA, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n");
        }
        assertThat(JSON.readTree(METADATA.toFile())).as("%s is stale: run this test with -Dmws.docs.update=true", METADATA).isEqualTo(expected);
        assertThat(expected.get("properties")).extracting(p -> p.get("name").asText())
                .contains("camel.component.mws.access-key", "camel.component.mws.secret-key", "camel.component.mws.time-scale");
    }

    private static JsonNode expected() throws Exception {
        JsonNode camel;
        try (InputStream in = SpringConfigurationMetadataTest.class.getResourceAsStream("/META-INF/io/camelmws/component/mws.json")) {
            camel = JSON.readTree(in);
        }
        ObjectNode metadata = JSON.createObjectNode();
        metadata.putArray("groups").addObject().put("name", MwsComponentAutoConfiguration.PREFIX)
                .put("type", "io.camelmws.component.MwsComponent").put("description", camel.get("component").path("description").asText());
        ArrayNode properties = metadata.putArray("properties");
        for (Iterator<Map.Entry<String, JsonNode>> options = camel.get("componentProperties").fields(); options.hasNext(); ) {
            Map.Entry<String, JsonNode> option = options.next();
            JsonNode o = option.getValue();
            ObjectNode property = properties.addObject().put("name", MwsComponentAutoConfiguration.PREFIX + "." + kebab(option.getKey()))
                    .put("type", o.get("javaType").asText()).put("description", o.path("description").asText())
                    .put("sourceType", "io.camelmws.component.MwsComponent");
            if (o.has("defaultValue")) {
                property.set("defaultValue", o.get("defaultValue"));
            }
            if (o.path("deprecated").asBoolean()) {
                property.put("deprecated", true);
            }
        }
        return metadata;
    }

    private static String kebab(String name) {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
