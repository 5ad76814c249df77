package io.camelmws.sandbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

/** The admin API's hand-written JSON: strict about the flat objects it reads, correctly escaped in what it writes. */
class JsonTest {

    @Test
    void readsAFlatObjectOfEveryKindOfScalar() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("whole", 1L);
        expected.put("fraction", -2.5);
        expected.put("exponent", 300.0);
        expected.put("yes", true);
        expected.put("no", false);
        expected.put("none", null);
        expected.put("text", "d\u00e9\n/\"\\\b\f\r\t\ud83d\ude00");
        expected.put("big", 1.2345678901234567e19);

        assertThat(Json.parseObject(" {\"whole\": 1, \"fraction\": -2.5, \"exponent\": 3e2, \"yes\": true,\n"
                + "\"no\": false, \"none\": null, \"text\": \"d\\u00e9\\n\\/\\\"\\\\\\b\\f\\r\\t\\ud83d\\ude00\","
                + " \"big\": 12345678901234567890} ")).containsExactlyEntriesOf(expected);
        assertThat(Json.parseObject("")).isEmpty();
        assertThat(Json.parseObject(" { } ")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAFlatJsonObjectNamingWhere() {
        for (String bad : List.of("[1]", "{", "{\"a\":}", "{'a':1}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}",
                "{\"a\":\"tab\there\"}", "{\"a\":1}x", "{\"a\":tru}", "{\"a\":1,\"a\":2}", "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12\"}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":\"open")) {
            assertThatThrownBy(() -> Json.parseObject(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Malformed JSON at character");
        }
        assertThatThrownBy(() -> Json.parseObject("{\"a\":[1]}")).hasMessageContaining("no nested");
        assertThatThrownBy(() -> Json.parseObject("{\"a\":{}}")).hasMessageContaining("no nested");
    }

    @Test
    void escapesEverythingThatMustBeEscaped() {
        assertThat(Json.write("q\" b\\ n\n r\r t\t \u0000 \u001f \u2028 \u00e9"))
                .isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t \\u0000 \\u001f \\u2028 \u00e9\"");
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("list", List.of(1, 2.5, "x"));
        value.put("none", null);
        value.put("yes", true);
        value.put("nested", Map.of("k", List.of()));
        assertThat(Json.write(value))
                .isEqualTo("{\"list\":[1,2.5,\"x\"],\"none\":null,\"yes\":true,\"nested\":{\"k\":[]}}");
        assertThat(Json.object("k\"", "v", "n", 7L)).isEqualTo("{\"k\\\"\":\"v\",\"n\":7}");
        assertThatThrownBy(() -> Json.write(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void whatItWritesAnotherParserAndItselfReadBack() throws Exception {
        String tricky = "\u0001\u007f\"\\/<>&\ud83d\ude00\u2029\b\f";
        String written = Json.object("tricky", tricky, "list", List.of(Map.of("n", -3)), "x", 0.1);

        Map<?, ?> other = (Map<?, ?>) Jsoner.deserialize(written);
        assertThat(other.get("tricky")).isEqualTo(tricky);
        assertThat(other.get("list")).isEqualTo(List.of(Map.of("n", new BigDecimal("-3"))));
        assertThat(other.get("x")).isEqualTo(new BigDecimal("0.1"));
        assertThat(Json.parseObject(Json.object("tricky", tricky))).containsEntry("tricky", tricky);
    }
}
