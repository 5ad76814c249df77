package io.camelmws.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDecoderTest {

    private static Map<String, String> decode(String form) {
        Map<String, String> parameters = new LinkedHashMap<>();
        FormDecoder.decodeInto(form, parameters);
        return parameters;
    }

    @Test
    void decodesPlusAsSpaceAndPercentAsUtf8() {
        assertThat(decode("a=x+y%20z&b=%C3%A9%E2%82%AC%F0%9F%98%80&c=%2B%2f%3D%26"))
                .containsExactly(Map.entry("a", "x y z"), Map.entry("b", "\u00e9\u20ac\uD83D\uDE00"),
                        Map.entry("c", "+/=&"));
    }

    @Test
    void keepsOrderEmptyValuesAndTheFirstOfRepeatedNames() {
        assertThat(decode("z=1&&a=&b&z=2")).containsExactly(Map.entry("z", "1"), Map.entry("a", ""),
                Map.entry("b", ""));
    }

    @Test
    void keepsMalformedEscapesLiterally() {
        assertThat(decode("a=100%&b=%zz&c=%4")).containsExactly(Map.entry("a", "100%"), Map.entry("b", "%zz"),
                Map.entry("c", "%4"));
    }

    @Test
    void treatsMissingAndMisspeltContentTypesAsForms() {
        assertThat(RequestReader.isForm(null)).isTrue();
        assertThat(RequestReader.isForm("x-www-form-urlencoded")).isTrue();
        assertThat(RequestReader.isForm("application/x-www-form-urlencoded; charset=UTF-8")).isTrue();
        assertThat(RequestReader.isForm("text/xml")).isFalse();
    }
}
