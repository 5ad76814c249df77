package io.camelmws.springboot;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.camelmws.component.MwsComponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** camel.component.mws.* of the Spring environment configures the component; an option it does not have fails the start. */
class MwsComponentAutoConfigurationTest {

    @SpringBootApplication
    static class App {
    }

    @Test
    void relaxedNamesOfTheEnvironmentConfigureTheComponent() {
        try (ConfigurableApplicationContext spring = start("--camel.component.mws.endpoint=EU", "--camel.component.mws.access-key=AKIAFROMSPRING000001",
                "--camel.component.mws.secret-key=from+spring", "--camel.component.mws.seller-id=A2SPRING", "--camel.component.mws.max-retries=5",
                "--camel.component.mws.time-scale=60")) {
            MwsComponent mws = spring.getBean(CamelContext.class).getComponent("mws", MwsComponent.class);
            assertThat(mws.getConfiguration().getSellerId()).isEqualTo("A2SPRING");
            assertThat(mws.getConfiguration().getEndpoint()).isEqualTo("EU");
            assertThat(mws.getConfiguration().getMaxRetries()).isEqualTo(5);
            assertThat(mws.getTimeScale()).isEqualTo(60.0);
        }
    }

    @Test
    void anOptionTheComponentDoesNotHaveFailsTheStartNamingIt() {
        assertThatThrownBy(() -> start("--camel.component.mws.seller-idd=A2SPRING").getBean(CamelContext.class).getComponent("mws"))
                .hasStackTraceContaining("sellerIdd");
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).properties("camel.springboot.main-run-controller=false").run(args);
    }
}
