package io.camelmws.bench;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

import io.camelmws.component.MwsComponent;
import io.camelmws.component.throttle.ThrottlingMode;

/**
 * A started CamelContext whose {@code mws} component is configured, at component level, for the bench account at
 * a sandbox: as a user's application would be, with the given throttling mode and time scale.
 */
public final class CamelMws implements AutoCloseable {

    private final CamelContext context;
    private final ProducerTemplate template;

    private CamelMws(CamelContext context) {
        this.context = context;
        this.template = context.createProducerTemplate();
    }

    /**
     * @param baseUrl   the sandbox, {@code http://127.0.0.1:PORT}
     * @param timeScale the sandbox's time scale (1 when its throttling is off or its clock is real)
     * @param routes    routes to add, or null
     */
    public static CamelMws start(String baseUrl, ThrottlingMode throttling, double timeScale, RoutesBuilder routes) throws Exception {
        return start(baseUrl, throttling, timeScale, routes, null);
    }

    /** @param httpClient the client every endpoint sends with instead of the component's own pool, or null */
    public static CamelMws start(String baseUrl, ThrottlingMode throttling, double timeScale, RoutesBuilder routes, CloseableHttpClient httpClient)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        MwsComponent mws = new MwsComponent();
        mws.getConfiguration().setEndpoint(baseUrl);
        mws.getConfiguration().setAccessKey(BenchAccount.ACCESS_KEY);
        mws.getConfiguration().setSecretKey(BenchAccount.SECRET_KEY);
        mws.getConfiguration().setSellerId(BenchAccount.SELLER_ID);
        mws.getConfiguration().setThrottling(throttling);
        mws.setTimeScale(timeScale);
        mws.getConfiguration().setHttpClient(httpClient);
        context.addComponent("mws", mws);
        if (routes != null) {
            context.addRoutes(routes);
        }
        context.start();
        return new CamelMws(context);
    }

    public CamelContext context() {
        return context;
    }

    public ProducerTemplate template() {
        return template;
    }

    /** Stops the template and the context (and with it the component's pool). */
    @Override
    public void close() {
        try {
            template.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            context.stop();
        }
    }
}
