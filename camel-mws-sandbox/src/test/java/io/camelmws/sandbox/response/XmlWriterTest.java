package io.camelmws.sandbox.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.support.Xml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void writesTheMwsPrologAndIndents() {
        String xml = new XmlWriter().root("R", "urn:x").start("A").element("B", "1").end("A").end("R").toString();
        assertThat(xml).isEqualTo("<?xml version=\"1.0\"?>\n<R xmlns=\"urn:x\">\n  <A>\n    <B>1</B>\n  </A>\n</R>\n");
    }

    @Test
    void escapesMarkupAndKeepsUnicodeIncludingEmoji() {
        String text = "a<b>&c\"d' \u00e9\u20ac \uD83D\uDE00 tab\tnl\n";
        String xml = new String(new XmlWriter().root("R", "urn:a&b").element("T", text).end("R").toBytes(),
                StandardCharsets.UTF_8);
        assertThat(xml).contains("a&lt;b&gt;&amp;c\"d'").contains("xmlns=\"urn:a&amp;b\"");
        assertThat(Xml.parse(xml).text("T")).isEqualTo(text);
    }

    @Test
    void replacesCharactersXml10CannotCarry() {
        String text = "nul\u0000 bell\u0007 lone\uD800 reversed\uDC00x fffe\uFFFE cr\r";
        String xml = new XmlWriter().root("R", "urn:x").element("T", text).end("R").toString();
        assertThat(Xml.parse(xml).text("T"))
                .isEqualTo("nul\uFFFD bell\uFFFD lone\uFFFD reversed\uFFFDx fffe\uFFFD cr\r");
    }

    @Test
    void omitsNullElements() {
        assertThat(new XmlWriter().root("R", "urn:x").element("Gone", null).end("R").toString())
                .doesNotContain("Gone");
    }

    @Test
    void spellsTheRequestIdAsMwsDoesForTheCode() {
        String gateway = new String(MwsErrors.signatureDoesNotMatch().toXml("urn:x", "id-1"), StandardCharsets.UTF_8);
        String backEnd = new String(MwsErrors.missingParameter("Action").toXml("urn:x", "id-2"),
                StandardCharsets.UTF_8);
        assertThat(Xml.parse(gateway).text("RequestID")).isEqualTo("id-1");
        assertThat(Xml.parse(backEnd).text("RequestId")).isEqualTo("id-2");
        assertThat(Xml.parse(backEnd).text("RequestID")).isNull();
    }

    @Test
    void namesTheResourceLikeMwsForUnknownPaths() {
        assertThat(MwsErrors.unknownResource("/Sellers").message())
                .isEqualTo("Resource /Sellers/ is not found on this server. API Version is missing");
        assertThat(MwsErrors.unknownResource("/Sellers/").message())
                .isEqualTo("Resource /Sellers/ is not found on this server. API Version is missing");
        assertThat(MwsErrors.unknownResource("/Sellers/2099-01-01").message())
                .isEqualTo("Resource /Sellers/2099-01-01 is not found on this server.");
    }
}
