package io.camelmws.examples;

import java.io.PrintStream;
import java.util.Properties;
import java.util.Set;

import org.apache.camel.main.Main;

import io.camelmws.sandbox.MwsSandbox;

/**
 * Runs the example: Camel Main with a YAML and a Java route against an embedded MWS sandbox, or against the
 * MWS that {@code camel.component.mws.endpoint} names. With {@code camel.main.routes-include-pattern} set,
 * it runs the user's routes instead and keeps running as any Camel Main application does.
 */
public final class ExamplesMain {

    static final String ENDPOINT_PROPERTY = "camel.component.mws.endpoint";
    static final String ROUTES_PROPERTY = "camel.main.routes-include-pattern";

    /** Demo credentials of the embedded sandbox; they are not secrets anywhere else. */
    static final String DEMO_ACCESS_KEY = "AKIAEXAMPLEDEMO00001";
    static final String DEMO_SECRET_KEY = "demo+secret/key=for&the-sandbox";
    static final String DEMO_SELLER_ID = "A2EXAMPLESELLER";

    private final Properties system;
    private final PrintStream out;

    ExamplesMain(Properties system, PrintStream out) {
        this.system = system;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ExamplesMain(System.getProperties(), System.out).run());
    }

    /** Runs to completion and returns the process exit code: 0 when every call succeeded. */
    int run() throws Exception {
        boolean userRoutes = system.getProperty(ROUTES_PROPERTY) != null;
        MwsSandbox sandbox = system.getProperty(ENDPOINT_PROPERTY) == null ? startSandbox() : null;
        Main main = new Main();
        StatusBoard board = new StatusBoard(Set.of("java", "yaml"), main::completed);
        try {
            main.bind("statusBoard", board);
            if (sandbox != null) {
                // Initial properties rank below JVM system properties, so -Dcamel.component.mws.* still wins.
                main.addInitialProperty(ENDPOINT_PROPERTY, sandbox.baseUrl());
                main.addInitialProperty("camel.component.mws.access-key", sandbox.accessKey());
                main.addInitialProperty("camel.component.mws.secret-key", sandbox.secretKey());
                main.addInitialProperty("camel.component.mws.seller-id", sandbox.sellerId());
                main.addInitialProperty("camel.component.mws.application-name", "camel-mws-examples");
            }
            if (!userRoutes) {
                main.configure().withRoutesIncludePattern("classpath:routes/*.yaml");
                main.configure().addRoutesBuilder(new ServiceStatusRoute());
            }
            main.run();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
        if (userRoutes) {
            return 0;
        }
        board.printSummary(out, sandbox != null ? "the embedded sandbox at " + sandbox.baseUrl() : system.getProperty(ENDPOINT_PROPERTY));
        return board.complete() && board.failures() == 0 ? 0 : 1;
    }

    private MwsSandbox startSandbox() {
        MwsSandbox sandbox = MwsSandbox.builder().port(0).accessKey(DEMO_ACCESS_KEY).secretKey(DEMO_SECRET_KEY).sellerId(DEMO_SELLER_ID)
                .build().start();
        out.println("Started the embedded MWS sandbox at " + sandbox.baseUrl()
                    + " (set -D" + ENDPOINT_PROPERTY + "=NA|EU|FE|... and credentials to call real MWS)");
        return sandbox;
    }
}
