package io.camelmws.examples.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedCamelContextMBean;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.camelmws.sandbox.MwsSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section 8 of the user guide, claim by claim: which Camel loggers print the mws component's secrets, that keeping
 * exactly those at INFO leaves none in a TRACE log, and what route dumps and JMX dumps show. The loggers are read
 * from the guide's table, so the guide and this test cannot drift apart.
 * <p>
 * The guide recommends {@code {{env:...}}}; a test cannot set environment variables, so the placeholders here are
 * {@code {{sys:...}}}, which Camel's property parser resolves and logs the same way (a function applied to a key).
 */
class SecretsInLogsAndDumpsTest {

    private static final String ACCESS_KEY = "AKIADOCSLITERAL00001";            // written as it is in the properties
    private static final String SECRET_KEY = "docs+Placeholder/Secret=Key01";  // from {{sys:docs.mws.secret-key}}
    private static final String AUTH_TOKEN = "amzn.mws.docs-placeholder-token";  // from {{sys:docs.mws.auth-token}}
    private static final String URI_ACCESS_KEY = "AKIADOCSINURI0000001";
    private static final String URI_SECRET_KEY = "docs+Uri/Secret=Key02";
    private static final String URI_AUTH_TOKEN = "amzn.mws.docs-uri-token";
    private static final String URI_PLACEHOLDER_SECRET = "docs+Uri/Placeholder=Key03";  // {{sys:docs.mws.uri-secret}} in a URI

    private static final List<String> COMPONENT_SECRETS = List.of(ACCESS_KEY, SECRET_KEY, AUTH_TOKEN);
    private static final List<String> URI_SECRETS = List.of(URI_ACCESS_KEY, URI_SECRET_KEY, URI_AUTH_TOKEN);
    private static final List<String> ALL_SECRETS = List.of(ACCESS_KEY, SECRET_KEY, AUTH_TOKEN, URI_ACCESS_KEY, URI_SECRET_KEY, URI_AUTH_TOKEN,
            URI_PLACEHOLDER_SECRET);

    private static MwsSandbox sandbox;

    @BeforeAll
    static void startSandboxAndSetPlaceholders() {
        sandbox = MwsSandbox.builder().port(0).accessKey(ACCESS_KEY).secretKey(SECRET_KEY).sellerId("A2EXAMPLESELLER").authToken(AUTH_TOKEN)
                .build().start();
        System.setProperty("docs.mws.secret-key", SECRET_KEY);
        System.setProperty("docs.mws.auth-token", AUTH_TOKEN);
        System.setProperty("docs.mws.uri-secret", URI_PLACEHOLDER_SECRET);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
        System.clearProperty("docs.mws.secret-key");
        System.clearProperty("docs.mws.auth-token");
        System.clearProperty("docs.mws.uri-secret");
    }

    @Test
    void withTheGuidesLoggersAtInfoATraceLogHoldsNoSecretWhereverItWasConfigured() throws Exception {
        try (LogCapture log = new LogCapture(Level.TRACE, guidesLoggers().keySet())) {
            runApplication(Map.of(), context -> {
                String status = context.createProducerTemplate().requestBody("direct:component-credentials", null, String.class);
                assertThat(status).contains("GREEN");
                // What Camel does mask: an endpoint's own description.
                assertThat(context.getEndpoints().toString()).contains("secretKey=xxxxxx").doesNotContain(URI_SECRET_KEY);
            });

            // The capture works: Camel's TRACE lines and the component's call are there.
            assertThat(log.text()).contains("org.apache.camel.impl.engine.DefaultReactiveExecutor TRACE")
                    .contains("io.camelmws.component");
            for (String secret : ALL_SECRETS) {
                assertThat(log.text()).as("a secret in the log:\n%s", log.linesWith(secret)).doesNotContain(secret);
            }
        }
        assertThat(sandbox.requests()).last().satisfies(request -> assertThat(request.status()).isEqualTo(200));
    }

    @Test
    void atDebugAndTraceExactlyTheGuidesLoggersPrintSecretsAndLogMaskDoesNotStopThem() throws Exception {
        Map<String, String> table = guidesLoggers();
        try (LogCapture log = new LogCapture(Level.TRACE, List.of())) {
            runApplication(Map.of("camel.main.log-mask", "true"),
                    context -> context.createProducerTemplate().requestBody("direct:component-credentials", null, String.class));

            Map<String, String> fromLevel = new java.util.TreeMap<>();
            List<String> unnamed = new ArrayList<>();
            for (String line : log.text().lines().toList()) {
                if (ALL_SECRETS.stream().noneMatch(line::contains)) {
                    continue;
                }
                String logger = line.substring(0, line.indexOf(' '));
                String level = line.split(" ", 3)[1];
                String entry = table.keySet().stream().filter(logger::startsWith).findFirst().orElse(null);
                if (entry == null) {
                    unnamed.add(line);
                } else {
                    fromLevel.merge(entry, level, (a, b) -> a.equals("DEBUG") || b.equals("DEBUG") ? "DEBUG" : "TRACE");
                }
            }
            assertThat(unnamed).as("loggers that print a secret and are not in the guide's table").isEmpty();
            // Every logger of the table prints a secret, from the level the table gives (DEBUG: from DEBUG on, TRACE: only at TRACE).
            assertThat(fromLevel).as("loggers that printed a secret, and the least verbose level they did it at")
                    .isEqualTo(new java.util.TreeMap<>(table));
            // Literal component properties and placeholders alike: the access key is written out, the secret key comes from {{sys:}}.
            assertThat(log.linesWith(ACCESS_KEY)).contains("org.apache.camel.main.BaseMainSupport DEBUG");
            assertThat(log.linesWith(SECRET_KEY)).contains("org.apache.camel.component.properties.DefaultPropertiesParser DEBUG");
        }
    }

    @Test
    void routeDumpsAndJmxDumpsShowUriSecretsButNeverComponentCredentials() throws Exception {
        try (LogCapture log = new LogCapture(Level.INFO, List.of())) {
            runApplication(Map.of("camel.main.dump-routes", "yaml"), context -> {
                ManagedCamelContextMBean mbean = context.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class)
                        .getManagedCamelContext();
                String xmlResolved = mbean.dumpRoutesAsXml(true);
                String xmlAsWritten = mbean.dumpRoutesAsXml(false);
                String yamlResolved = mbean.dumpRoutesAsYaml(true);
                for (String dump : List.of(xmlResolved, xmlAsWritten, yamlResolved)) {
                    assertThat(dump).contains("mws:GetServiceStatus?section=Orders").contains(URI_SECRETS);
                    assertThat(dump).doesNotContain(COMPONENT_SECRETS);
                }
                assertThat(xmlResolved).contains(URI_PLACEHOLDER_SECRET);
                assertThat(yamlResolved).contains(URI_PLACEHOLDER_SECRET);
                assertThat(xmlAsWritten).doesNotContain(URI_PLACEHOLDER_SECRET).contains("secretKey={{sys:docs.mws.uri-secret}}");
            });
            // camel.main.dumpRoutes writes the routes to the log at INFO, placeholders resolved by default.
            assertThat(log.text()).contains("mws:GetServiceStatus?section=Orders").contains(URI_SECRETS).contains(URI_PLACEHOLDER_SECRET)
                    .doesNotContain(COMPONENT_SECRETS);
        }
    }

    @Test
    void withDumpRoutesResolvePlaceholdersOffARouteDumpKeepsAUrisPlaceholder() throws Exception {
        try (LogCapture log = new LogCapture(Level.INFO, List.of())) {
            runApplication(Map.of("camel.main.dump-routes", "yaml", "camel.main.dump-routes-resolve-placeholders", "false"), context -> { });
            assertThat(log.text()).contains("secretKey={{sys:docs.mws.uri-secret}}").doesNotContain(URI_PLACEHOLDER_SECRET);
        }
    }

    @FunctionalInterface
    private interface WhileRunning {
        void accept(CamelContext context) throws Exception;
    }

    /**
     * A Camel Main application configured as the guide says (credentials as component properties), plus two routes
     * that do what it warns against: secrets written in a URI, and a placeholder in a URI.
     */
    private static void runApplication(Map<String, String> mainOptions, WhileRunning whileRunning) throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.mws.endpoint", sandbox.baseUrl());
        main.addInitialProperty("camel.component.mws.access-key", ACCESS_KEY);
        main.addInitialProperty("camel.component.mws.secret-key", "{{sys:docs.mws.secret-key}}");
        main.addInitialProperty("camel.component.mws.auth-token", "{{sys:docs.mws.auth-token}}");
        main.addInitialProperty("camel.component.mws.seller-id", "A2EXAMPLESELLER");
        main.addInitialProperty("camel.main.jmx-enabled", "true");
        mainOptions.forEach(main::addInitialProperty);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:component-credentials").to("mws:GetServiceStatus?section=Orders");
                from("direct:uri-credentials").to("mws:GetServiceStatus?section=Sellers&accessKey=" + URI_ACCESS_KEY + "&secretKey=RAW("
                                                   + URI_SECRET_KEY + ")&authToken=" + URI_AUTH_TOKEN);
                from("direct:uri-placeholder").to("mws:GetServiceStatus?section=Products&secretKey={{sys:docs.mws.uri-secret}}");
            }
        });
        main.start();
        try {
            whileRunning.accept(main.getCamelContext());
        } finally {
            main.stop();
        }
    }

    /** The guide's table of loggers that print secrets: each logger's name and the level from which it does. */
    static Map<String, String> guidesLoggers() throws Exception {
        Path guide = Path.of("").toAbsolutePath().getParent().resolve("docs/user-guide.md");
        String text = Files.readString(guide);
        int start = text.indexOf("<!-- secret-printing loggers");
        assertThat(start).as("the guide's table of secret-printing loggers").isPositive();
        Map<String, String> loggers = new java.util.LinkedHashMap<>();
        Matcher row = Pattern.compile("^\\| `([\\w.]+)` \\| (DEBUG|TRACE) \\|", Pattern.MULTILINE).matcher(text.substring(start));
        int expectedAt = text.indexOf('\n', start) + 1;
        while (row.find() && start + row.start() <= text.indexOf("\n\n", expectedAt)) {
            loggers.put(row.group(1), row.group(2));
        }
        assertThat(loggers).as("loggers in the guide's table").hasSizeGreaterThan(3);
        return loggers;
    }
}
