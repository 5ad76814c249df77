package io.camelmws.component.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MWS's User-Agent format and backslash escaping (REFERENCE.md section 6). */
class UserAgentTest {

    @Test
    void escapesEachPartByItsOwnRules() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Language", "Java/17.0.15");
        attributes.put("Odd=Name", "va;lue)x\\y");
        assertThat(UserAgent.of("My  App/Tool\\X", "1.0 (beta", attributes))
                .isEqualTo("My App\\/Tool\\\\X/1.0 \\(beta (Language=Java/17.0.15; Odd\\=Name=va\\;lue\\)x\\\\y)");
    }

    @Test
    void defaultAttributesNameLanguagePlatformAndClient() {
        String agent = UserAgent.of("MyApp", "1.0", "0.1.0");
        assertThat(agent).startsWith("MyApp/1.0 (Language=Java/" + System.getProperty("java.version") + "; Platform=")
                .endsWith("; MWSClientVersion=camel-mws/0.1.0)");
    }

    @Test
    void refusesEmptyNamesAndOverlongAgents() {
        assertThatThrownBy(() -> UserAgent.of(" ", "1.0", "0.1.0")).hasMessageContaining("applicationName");
        assertThatThrownBy(() -> UserAgent.of("a".repeat(600), "1.0", "0.1.0")).hasMessageContaining("at most 500");
    }
}
