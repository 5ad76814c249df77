package io.camelmws.examples;

import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.impl.DefaultCamelContext;

import io.camelmws.component.MwsComponent;
import io.camelmws.sandbox.MwsSandbox;

/**
 * Runs one flow's Java routes as the jar runs their YAML twin: in a CamelContext with the showcase, the embedded
 * broker and the H2 database, against a sandbox over a socket, until the flow says it is done.
 */
public final class FlowHarness implements AutoCloseable {

    private final Flow flow;
    private final Path workDir;
    private final MwsSandbox sandbox;
    private final CountDownLatch done = new CountDownLatch(1);
    private final Showcase showcase;
    private final ExamplesDatabase database;
    private EmbeddedBroker broker;

    public FlowHarness(Flow flow, Path workDir, MwsSandbox sandbox) {
        this.flow = flow;
        this.workDir = workDir;
        this.sandbox = sandbox;
        this.showcase = new Showcase(Set.of(flow), done::countDown);
        this.database = new ExamplesDatabase(workDir.resolve("db"));
    }

    public Showcase showcase() {
        return showcase;
    }

    public ExamplesDatabase database() {
        return database;
    }

    /** Starts the flow's Java routes and waits (at most a minute) until the flow is done; then stops them. */
    public Showcase run() throws Exception {
        broker = new EmbeddedBroker().start(workDir.resolve("broker"));
        DefaultCamelContext context = new DefaultCamelContext();
        try {
            Properties properties = new Properties();
            properties.setProperty("examples.work-dir", workDir.toString());
            properties.setProperty("examples.orders-window", "PT6H");
            properties.setProperty("examples.polls", "1");
            properties.setProperty("examples.report-list-period", "1000");
            properties.setProperty("examples.large-report-size", "256KiB");
            context.getPropertiesComponent().setInitialProperties(properties);
            context.getRegistry().bind("showcase", showcase);
            context.getRegistry().bind("examplesDb", database.dataSource());
            context.getRegistry().bind("jms", broker.jmsComponent());
            context.addComponent("mws", mws(context));
            context.addRoutes(flow.javaRoutes());
            context.start();
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError(flow.id() + " did not finish within a minute; counters " + showcase.counters());
            }
        } finally {
            context.stop();
        }
        return showcase;
    }

    private MwsComponent mws(DefaultCamelContext context) {
        MwsComponent mws = new MwsComponent();
        mws.getConfiguration().setEndpoint(sandbox.baseUrl());
        mws.getConfiguration().setAccessKey(sandbox.accessKey());
        mws.getConfiguration().setSecretKey(sandbox.secretKey());
        mws.getConfiguration().setSellerId(sandbox.sellerId());
        mws.getConfiguration().setAuthToken(sandbox.authToken());
        mws.setTimeScale(sandbox.clock().timeScale());
        return mws;
    }

    @Override
    public void close() throws Exception {
        if (broker != null) {
            broker.close();
        }
        database.shutdown();
    }
}
