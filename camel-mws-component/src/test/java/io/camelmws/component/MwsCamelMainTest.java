package io.camelmws.component;

import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.BeanInject;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTest;
import org.apache.camel.test.main.junit5.Configure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.camelmws.sandbox.MwsSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/** The component configured as deployed: camel.component.mws.* properties under Camel Main, a YAML and a Java route. */
@CamelMainTest(properties = {
        "camel.component.mws.endpoint=http://127.0.0.1:{{sys:mws.main-test.port}}",
        "camel.component.mws.access-key=AKIAMAINTEST00000001",
        "camel.component.mws.secret-key={{sys:mws.main-test.secret}}",
        "camel.component.mws.seller-id=A2MAINTESTSELLER",
        "camel.component.mws.signature-method=HmacSHA1",
        "camel.component.mws.application-name=MainTest",
        "camel.component.mws.max-connections-per-route=4",
        "camel.main.routes-include-pattern=classpath:routes/mws-main-status.yaml" })
class MwsCamelMainTest {

    private static final String SECRET = "main+test/secret=with&chars";
    private static final MwsSandbox SANDBOX = MwsSandbox.builder().port(0).accessKey("AKIAMAINTEST00000001").secretKey(SECRET)
            .sellerId("A2MAINTESTSELLER").build().start();

    static {
        // Camel Main reads these placeholders while the test class is being set up, after this initialiser ran.
        System.setProperty("mws.main-test.port", String.valueOf(SANDBOX.port()));
        System.setProperty("mws.main-test.secret", SECRET);
    }

    @BeanInject
    CamelContext context;
    @EndpointInject("direct:yaml-orders-status")
    ProducerTemplate yamlRoute;
    @EndpointInject("direct:java-sellers-status")
    ProducerTemplate javaRoute;
    @EndpointInject("mock:yaml-result")
    MockEndpoint yamlResult;

    @Configure
    protected void configure(MainConfigurationProperties configuration) {
        configuration.addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:java-sellers-status").to("mws:GetServiceStatus?section=Sellers");
            }
        });
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    void componentPropertiesConfigureEveryEndpoint() throws Exception {
        yamlResult.expectedMessageCount(1);
        yamlRoute.sendBody(null);
        yamlResult.assertIsSatisfied();
        assertThat(yamlResult.getExchanges().get(0).getMessage().getBody(String.class)).contains("<Status>GREEN</Status>");

        String sellers = javaRoute.requestBody((Object) null, String.class);
        assertThat(sellers).contains("https://mws.amazonservices.com/Sellers/2011-07-01");

        assertThat(SANDBOX.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.parameters()).containsEntry("SignatureMethod", "HmacSHA1").containsEntry("SellerId", "A2MAINTESTSELLER");
            assertThat(request.userAgent()).startsWith("MainTest/");
        });
        MwsComponent component = context.getComponent("mws", MwsComponent.class);
        assertThat(component.getMaxConnectionsPerRoute()).isEqualTo(4);
        assertThat(component.getConfiguration().getSecretKey()).isEqualTo(SECRET);
    }
}
