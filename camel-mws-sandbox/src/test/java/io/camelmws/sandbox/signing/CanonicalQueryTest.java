package io.camelmws.sandbox.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.support.TestSigner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalQueryTest {

    @Test
    void encodesOnlyTheUnreservedSetLiterally() {
        assertThat(Rfc3986.encode("AZaz09-_.~ !*'()+/=&%:"))
                .isEqualTo("AZaz09-_.~%20%21%2A%27%28%29%2B%2F%3D%26%25%3A");
    }

    @Test
    void encodesNonAsciiAsUppercaseUtf8Bytes() {
        assertThat(Rfc3986.encode("\u00e9\u20ac\uD83D\uDE00")).isEqualTo("%C3%A9%E2%82%AC%F0%9F%98%80");
        assertThat(Rfc3986.encode("x\u00e9y")).isEqualTo("x%C3%A9y");
    }

    @Test
    void agreesWithTheUrlEncoderWayOnEveryAsciiCharacter() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        assertThat(Rfc3986.encode(all.toString())).isEqualTo(TestSigner.encode(all.toString()));
    }

    @Test
    void sortsByByteOrderUppercaseFirstAndKeepsEmptyValues() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("b", "2");
        parameters.put("Action", "");
        parameters.put("AWSAccessKeyId", "k");
        parameters.put("Signature", "ignored");
        parameters.put("a.10", "x");
        parameters.put("a.2", "y");
        assertThat(CanonicalQuery.of(parameters)).isEqualTo("AWSAccessKeyId=k&Action=&a.10=x&a.2=y&b=2");
    }

    @Test
    void ordersSupplementaryCharactersLikeUtf8Bytes() {
        // U+FF21 sorts before U+1F600 in UTF-8 byte order but after it in UTF-16 unit order.
        assertThat(CanonicalQuery.compareCodePoints("\uFF21", "\uD83D\uDE00")).isNegative();
        assertThat(CanonicalQuery.compareCodePoints("ab", "abc")).isNegative();
        assertThat(CanonicalQuery.compareCodePoints("abc", "abc")).isZero();
    }
}
