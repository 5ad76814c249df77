package io.camelmws.component;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.sandbox.junit.MwsSandboxExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One pool per component, closed with it; a client the user supplied is used and never closed. */
class MwsHttpClientLifecycleTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension();

    private static CamelContext contextWith(MwsComponent component) throws Exception {
        CamelContext context = new DefaultCamelContext();
        MwsTestSupport.configure(component.getConfiguration(), SANDBOX);
        context.addComponent("mws", component);
        context.start();
        return context;
    }

    @Test
    void theComponentsOwnPoolIsSharedAndClosedOnStop() throws Exception {
        MwsComponent component = new MwsComponent();
        CamelContext context = contextWith(component);
        context.createProducerTemplate().requestBody("mws:GetServiceStatus?section=Orders", null, String.class);
        context.createProducerTemplate().requestBody("mws:GetServiceStatus?section=Sellers", null, String.class);
        CloseableHttpClient shared = component.sharedHttpClient();
        assertThat((int) shared.execute(new HttpGet(SANDBOX.baseUrl() + "/"), response -> response.getCode())).as("open while the context runs")
                .isPositive();

        context.stop();

        assertThatThrownBy(() -> shared.execute(new HttpGet(SANDBOX.baseUrl() + "/"), response -> EntityUtils.toString(response.getEntity())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAutowiredUserClientIsUsedAndLeftOpen() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        try (CloseableHttpClient userClient = HttpClients.custom().addRequestInterceptorFirst((request, entity, ctx) -> sent.incrementAndGet()).build()) {
            CamelContext context = new DefaultCamelContext();
            context.getRegistry().bind("myHttpClient", userClient);
            MwsTestSupport.configure(((MwsComponent) context.getComponent("mws")).getConfiguration(), SANDBOX);
            context.start();
            String body = context.createProducerTemplate().requestBody("mws:GetServiceStatus?section=Orders", null, String.class);
            assertThat(body).contains("GREEN");
            assertThat(sent).hasValue(1);

            context.stop();

            String stillWorks = userClient.execute(new HttpGet(SANDBOX.baseUrl() + "/Orders/2013-09-01"), response -> EntityUtils.toString(response.getEntity()));
            assertThat(stillWorks).contains("ErrorResponse");
        }
    }
}
