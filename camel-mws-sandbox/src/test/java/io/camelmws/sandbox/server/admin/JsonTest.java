package io.camelmws.sandbox.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin API's hand-written JSON: strict in, correctly escaped out. */
class JsonTest {

    @Test
    void parsesEveryKindOfValue() {
        Object parsed = Json.parse(" {\"a\": [1, -2.5, 3e2, true, false, null], \"b\": {\"c\": \"d\\u00e9\\n\\/\"},"
                + " \"big\": 12345678901234567890} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(1L, -2.5, 300.0, true, false, null));
        expected.put("b", Map.of("c", "d\u00e9\n/"));
        expected.put("big", 1.2345678901234567e19);
        assertThat(parsed).isEqualTo(expected);
        assertThat(Json.parseObject("")).isEmpty();
        assertThat(Json.parse("\"\\ud83d\\ude00\"")).isEqualTo("\ud83d\ude00");
    }

    @Test
    void refusesWhatIsNotJsonNamingWhere() {
        for (String bad : List.of("{", "{\"a\":}", "{'a':1}", "[1,]", "01", "1.", "\"tab\there\"", "{\"a\":1}x",
                "tru", "{\"a\":1,\"a\":2}", "\"\\x\"", "-")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Malformed JSON at character");
        }
        assertThatThrownBy(() -> Json.parseObject("[1]")).hasMessageContaining("Expected a JSON object");
    }

    @Test
    void escapesEverythingThatMustBeEscaped() {
        assertThat(Json.quote("q\" b\\ n\n r\r t\t \u0000 \u001f \u2028 \u00e9"))
                .isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t \\u0000 \\u001f \\u2028 \u00e9\"");
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("list", List.of(1, 2.5, "x"));
        value.put("none", null);
        value.put("yes", true);
        String written = Json.write(value);
        assertThat(written).isEqualTo("{\"list\":[1,2.5,\"x\"],\"none\":null,\"yes\":true}");
        assertThat(Json.object().put("k\"", "v").putRaw("raw", "[1]").toJson()).isEqualTo("{\"k\\\"\":\"v\",\"raw\":[1]}");
        assertThatThrownBy(() -> Json.write(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void whatItWritesItReadsBack() {
        String tricky = "\u0001\u007f\"\\/<>&\ud83d\ude00\u2029";
        assertThat(Json.parse(Json.quote(tricky))).isEqualTo(tricky);
    }
}
