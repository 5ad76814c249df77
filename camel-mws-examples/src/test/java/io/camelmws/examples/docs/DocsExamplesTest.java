package io.camelmws.examples.docs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesFunction;
import org.apache.camel.spi.Resource;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import io.camelmws.component.MwsComponent;
import io.camelmws.component.MwsConstants;
import io.camelmws.component.MwsEndpoint;
import io.camelmws.component.model.orders.Order;
import io.camelmws.component.model.orders.OrderStatus;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Every code block of README.md and docs/*.md is checked as what it claims to be, one dynamic test per block named
 * after its page and line:
 * <ul>
 * <li>{@code java}: compiled (a route fragment as the body of a {@code RouteBuilder.configure()}), its routes added to
 * a CamelContext and started against the sandbox; the blocks a scenario below knows are also run and what they
 * produced is asserted. A block that declares a test class is run with JUnit. A block marked
 * {@code <!-- test: compile-only (why) -->} is only compiled.</li>
 * <li>{@code yaml}: loaded with Camel's YAML DSL, started, and run like a Java block.</li>
 * <li>{@code properties}: used as the application.properties of a Camel Main application, which fails on an
 * unknown option; the mws endpoint it configures is created and calls the sandbox.</li>
 * <li>{@code xml}: the dependency it shows is the component's own coordinates.</li>
 * <li>{@code bash} and untagged blocks are not code; an untagged block that looks like a route fails.</li>
 * </ul>
 */
class DocsExamplesTest {

    /** The seller, marketplaces and keys the docs' examples use, so that their values work as written. */
    private static final String DOCS_SELLER_ID = "A2EXAMPLESELLER";
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "MWS_ACCESS_KEY", MwsSandboxExtension.DEFAULT_ACCESS_KEY,
            "MWS_SECRET_KEY", MwsSandboxExtension.DEFAULT_SECRET_KEY,
            "MWS_AUTH_TOKEN", MwsSandboxExtension.DEFAULT_AUTH_TOKEN);

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withSellerId(DOCS_SELLER_ID).withThrottling(false);

    /** Enough orders for several pages of 100 in the one marketplace the routes ask for, few enough to page quickly. */
    private static final int ORDERS_OVER_SEVERAL_PAGES = 2000;
    private static final Set<String> NOT_CODE = Set.of("bash", "sh", "shell", "console", "text", "");
    private static final Pattern LOOKS_LIKE_A_ROUTE = Pattern.compile("from\\(\"|\\.to\\(\"|- route:|camel\\.component\\.");

    private static Path root;
    private static List<DocBlock> blocks;
    private static JavaBlocks javaBlocks;
    private static JavaBlocks.Result compiled;

    /** What each block that is run must produce, keyed by text that only that block contains. */
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

    @BeforeAll
    static void compileEveryJavaBlock(@TempDir Path classes) {
        root = DocBlocks.repositoryRoot();
        blocks = DocBlocks.pages(root).stream().flatMap(page -> DocBlocks.read(root, page).stream()).toList();
        javaBlocks = new JavaBlocks(blocks.stream().filter(b -> b.language().equals("java")).toList());
        compiled = javaBlocks.compile(classes);
    }

    @AfterAll
    static void forgetClasses() {
        compiled = null;
    }

    @Test
    void everyPageWithCodeBlocksHasThemAllFound() throws IOException {
        for (Path page : DocBlocks.pages(root)) {
            // Counted without the parser, so that a parser that finds nothing cannot pass.
            Map<String, Long> fences = new LinkedHashMap<>();
            for (String line : Files.readAllLines(root.resolve(page))) {
                Matcher opening = Pattern.compile("^```(java|yaml|properties|xml)\\s*$").matcher(line);
                if (opening.matches()) {
                    fences.merge(opening.group(1), 1L, Long::sum);
                }
            }
            Map<String, Long> found = blocks.stream().filter(b -> b.file().equals(page))
                    .collect(Collectors.groupingBy(DocBlock::language, LinkedHashMap::new, Collectors.counting()));
            fences.forEach((language, count) -> assertThat(found.get(language)).as("%s blocks in %s", language, page).isEqualTo(count));
        }
        assertThat(blocks).filteredOn(b -> b.file().equals(Path.of("README.md"))).extracting(DocBlock::language)
                .contains("java", "yaml", "properties");
        assertThat(blocks).filteredOn(b -> b.file().equals(Path.of("docs/user-guide.md"))).extracting(DocBlock::language)
                .contains("java", "properties", "xml");
        assertThat(blocks).filteredOn(b -> b.language().equals("java")).hasSizeGreaterThan(10);
    }

    @Test
    void everyFlowOfTheShowcaseIsDocumentedWithTheTextOfItsYamlAndJavaFiles() {
        List<String> pulled = blocks.stream().filter(b -> b.file().equals(Path.of("docs/examples.md"))).map(DocBlock::pulledFrom)
                .filter(java.util.Objects::nonNull).toList();
        for (io.camelmws.examples.Flow flow : io.camelmws.examples.Flow.values()) {
            String javaFile = "camel-mws-examples/src/main/java/" + flow.javaRoutes().getClass().getName().replace('.', '/') + ".java#route";
            assertThat(pulled).as("docs/examples.md's blocks pulled from files").contains(
                    "camel-mws-examples/src/main/resources/" + flow.yamlResource(), javaFile);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCodeBlockOfTheDocs() {
        describeScenarios();
        List<String> unused = new ArrayList<>(scenarios.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (DocBlock block : blocks) {
            Scenario scenario = scenarioOf(block);
            scenarios.entrySet().stream().filter(e -> e.getValue() == scenario).forEach(e -> unused.remove(e.getKey()));
            tests.add(DynamicTest.dynamicTest(block.toString(), () -> check(block, scenario)));
        }
        // A scenario whose block was edited away would otherwise stop running without anyone noticing.
        tests.add(DynamicTest.dynamicTest("every scenario found its block", () -> assertThat(unused).as("scenarios with no block").isEmpty()));
        return tests.stream();
    }

    private void check(DocBlock block, Scenario scenario) throws Exception {
        SANDBOX.sandbox().clearRequests();
        SANDBOX.sandbox().faults().clear();
        if (block.pulledFrom() != null) {
            // The file is what the jar or a test runs; the block must be its text, word for word.
            assertThat(scenario).as("%s is pulled from a file but has a scenario", block.where()).isNull();
            assertThat(block.text()).as("%s: the block differs from %s, which is what runs; copy the file's text into the page", block.where(),
                    block.pulledFrom()).isEqualTo(PulledText.of(root, block.pulledFrom()));
            if (block.language().equals("java")) {
                assertThat(compiled.errors().get(block)).as("%s: compiler errors", block.where()).isNull();
            }
            return;
        }
        switch (block.language()) {
            case "java" -> checkJava(block, scenario);
            case "yaml" -> runRoutes(block, yamlRoutes(block), scenario);
            case "properties" -> checkProperties(block);
            case "xml" -> checkDependency(block);
            default -> {
                if (!NOT_CODE.contains(block.language())) {
                    fail("%s: a code block in %s, which this test does not know: tag it java, yaml, properties, xml or bash, or teach "
                         + "DocsExamplesTest the language", block.where(), block.language());
                }
                assertThat(block.language().isEmpty() && LOOKS_LIKE_A_ROUTE.matcher(block.text()).find())
                        .as("%s: an untagged block that looks like a route or configuration: tag it so that it is tested", block.where())
                        .isFalse();
            }
        }
    }

    private void checkJava(DocBlock block, Scenario scenario) throws Exception {
        String errors = compiled.errors().get(block);
        if (errors != null) {
            fail("%s: the Java block does not compile%s:\n%s", block.where(),
                    javaBlocks.unit(block).routeFragment() ? " as the body of RouteBuilder.configure() with imports of " + JavaBlocks.FRAGMENT_IMPORTS : "",
                    errors);
        }
        Class<?> type = compiled.classLoader().loadClass(javaBlocks.unit(block).className());
        if (block.markedCompileOnly()) {
            assertThat(scenario).as("%s is marked compile-only but has a scenario", block.where()).isNull();
            return;
        }
        if (!javaBlocks.unit(block).routeFragment()) {
            runJUnit(block, type);
            return;
        }
        runRoutes(block, (RoutesBuilder) type.getDeclaredConstructor().newInstance(), scenario);
    }

    private void runRoutes(DocBlock block, RoutesBuilder routes, Scenario scenario) throws Exception {
        RoutesUnderTest started;
        try {
            started = RoutesUnderTest.start(routes, sandboxComponent());
        } catch (Exception e) {
            throw new AssertionError(block.where() + ": the block's routes do not start: " + e, e);
        }
        try (RoutesUnderTest under = started) {
            if (scenario != null) {
                scenario.run(under);
            }
        } catch (AssertionError e) {
            throw new AssertionError(block.where() + ": " + e.getMessage(), e);
        }
    }

    private static RoutesBuilder yamlRoutes(DocBlock block) throws Exception {
        CamelContext loaderContext = new DefaultCamelContext();
        Resource resource = ResourceHelper.fromString(
                block.file().getFileName().toString().replace('.', '-') + "-" + block.firstLine() + ".yaml", block.text());
        // The YAML DSL's builder is bound to the context it was loaded with only when routes are added.
        return PluginHelper.getRoutesLoader(loaderContext).findRoutesBuilders(resource).iterator().next();
    }

    private static void runJUnit(DocBlock block, Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        String failures = summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": " + causes(f.getException()))
                .collect(Collectors.joining("\n"));
        assertThat(summary.getTotalFailureCount()).as("%s: the test class of the block fails:\n%s", block.where(), failures).isZero();
        assertThat(summary.getTestsSucceededCount()).as("%s: tests of the block that passed", block.where()).isPositive();
    }

    /**
     * The block as application.properties of a Camel Main application ({@code {{env:NAME}}} read from a stand-in
     * environment): Main fails on an option the component does not have, and creating an mws endpoint fails on a
     * value it does not take. The endpoint the block names is real MWS, so the one call goes to the sandbox by
     * overriding {@code endpoint} on the URI, as the guide says any option can be.
     */
    private static void checkProperties(DocBlock block) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(block.text()));
        assertThat(properties.stringPropertyNames()).as("%s: properties of the mws component", block.where()).isNotEmpty()
                .allMatch(name -> name.startsWith("camel.component.mws."));
        Path file = Files.createTempFile("docs-application", ".properties");
        String token = properties.containsKey("camel.component.mws.auth-token") ? ENVIRONMENT.get("MWS_AUTH_TOKEN") : null;
        try (MwsSandbox sandbox = MwsSandbox.builder().port(0).accessKey(ENVIRONMENT.get("MWS_ACCESS_KEY"))
                .secretKey(ENVIRONMENT.get("MWS_SECRET_KEY")).sellerId(properties.getProperty("camel.component.mws.seller-id"))
                .authToken(token).build().start()) {
            Files.writeString(file, block.text());
            Main main = new Main();
            main.setPropertyPlaceholderLocations("file:" + file);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void beforeConfigure(BaseMainSupport running) {
                    running.getCamelContext().getPropertiesComponent().addPropertiesFunction(new StandInEnvironment());
                }
            });
            try {
                main.start();
            } catch (Exception e) {
                throw new AssertionError(block.where() + ": Camel Main does not start with these properties: " + e, e);
            }
            try {
                CamelContext context = main.getCamelContext();
                MwsEndpoint configured;
                try {
                    configured = context.getEndpoint("mws:GetServiceStatus?section=Sellers", MwsEndpoint.class);
                } catch (Exception e) {
                    throw new AssertionError(block.where() + ": an mws endpoint configured by these properties cannot be created: " + e, e);
                }
                assertThat(configured.getConfiguration().getSellerId()).isEqualTo(properties.getProperty("camel.component.mws.seller-id"));
                String status = context.createProducerTemplate().requestBody(
                        "mws:GetServiceStatus?section=Sellers&endpoint=" + sandbox.baseUrl(), null, String.class);
                assertThat(status).contains("GREEN");
            } finally {
                main.stop();
            }
            assertThat(sandbox.requests()).as("%s: what the sandbox received", block.where()).singleElement().satisfies(request -> {
                assertThat(request.status()).isEqualTo(200);
                assertThat(request.parameters()).containsEntry("AWSAccessKeyId", ENVIRONMENT.get("MWS_ACCESS_KEY"));
                if (properties.containsKey("camel.component.mws.application-name")) {
                    assertThat(request.userAgent()).startsWith(properties.getProperty("camel.component.mws.application-name") + "/");
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.append(chain.length() == 0 ? "" : "\n  caused by ").append(cause);
        }
        return chain.toString();
    }

    /** The dependency block names the component as its pom does. */
    private static void checkDependency(DocBlock block) throws IOException {
        String pom = Files.readString(root.resolve("camel-mws-component/pom.xml"));
        String parentVersion = between(Files.readString(root.resolve("pom.xml")), "<version>", "</version>");
        assertThat(block.text()).as("%s: the component's Maven coordinates", block.where())
                .contains("<groupId>" + between(pom, "<groupId>", "</groupId>") + "</groupId>")
                .contains("<artifactId>" + between(pom.substring(pom.indexOf("</parent>")), "<artifactId>", "</artifactId>") + "</artifactId>")
                .contains("<version>" + parentVersion + "</version>");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static MwsComponent sandboxComponent() {
        MwsComponent mws = new MwsComponent();
        mws.getConfiguration().setEndpoint(SANDBOX.baseUrl());
        mws.getConfiguration().setAccessKey(SANDBOX.accessKey());
        mws.getConfiguration().setSecretKey(SANDBOX.secretKey());
        mws.getConfiguration().setSellerId(SANDBOX.sellerId());
        mws.getConfiguration().setAuthToken(SANDBOX.authToken());
        mws.getConfiguration().setMarketplaceId("ATVPDKIKX0DER");
        // The docs' routes are checked here, not MWS's quotas: a page of orders must not wait a minute for its token.
        // Bound by name as Camel binds a URI option: the option's type lives in an internal package.
        PropertyBindingSupport.build().withCamelContext(new DefaultCamelContext()).withTarget(mws.getConfiguration())
                .withProperty("throttling", "OFF").withMandatory(true).bind();
        return mws;
    }

    private Scenario scenarioOf(DocBlock block) {
        List<Scenario> matching = scenarios.entrySet().stream().filter(e -> block.text().contains(e.getKey())).map(Map.Entry::getValue).toList();
        assertThat(matching).as("%s: scenarios whose key it contains", block.where()).hasSizeLessThanOrEqualTo(1);
        return matching.isEmpty() ? null : matching.get(0);
    }

    /** What a block's routes must do when a message reaches them. */
    @FunctionalInterface
    interface Scenario {
        void run(RoutesUnderTest routes) throws Exception;
    }

    private static List<SandboxRequest> received(Predicate<SandboxRequest> which) {
        return SANDBOX.sandbox().requests().stream().filter(which).toList();
    }

    private void describeScenarios() {
        scenarios.clear();
        // README: the orders consumer (started as a route, replaced by a direct: entry here) and an order's items.
        scenarios.put("from(\"direct:order-items\")", routes -> {
            String amazonOrderId = SANDBOX.sandbox().orders().ordersAt(SANDBOX.sandbox().clock().instant()).get(0).amazonOrderId();
            Exchange done = routes.send("direct:order-items", amazonOrderId, Map.of());
            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getHeader(MwsConstants.REQUEST_ID)).isNotNull();
            assertThat(done.getMessage().getBody(io.camelmws.component.model.orders.ListOrderItemsResult.class).orderItems()).isNotEmpty();
            assertThat(received(r -> true)).singleElement().satisfies(request -> {
                assertThat(request.action()).isEqualTo("ListOrderItems");
                assertThat(request.status()).isEqualTo(200);
                assertThat(request.parameters()).containsEntry("AmazonOrderId", amazonOrderId);
            });
        });
        // README: the same service status in YAML.
        scenarios.put("uri: timer:service-status", routes -> {
            Exchange done = routes.send("timer:service-status", null, Map.of());
            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getBody(String.class)).contains("GREEN");
            assertThat(received(r -> true)).singleElement().satisfies(request -> assertThat(request.path()).startsWith("/Orders/"));
        });
        // Guide 2: the action is the path; GetServiceStatus names its section.
        scenarios.put("from(\"direct:status\")", routes -> {
            Exchange done = routes.send("direct:status", null, Map.of());
            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getBody(String.class)).contains("<Status>GREEN</Status>");
            assertThat(received(r -> true)).singleElement().satisfies(request -> assertThat(request.path()).startsWith("/Orders/"));
        });
        // Guide 2, parameters: java.time values and lists in the CamelMwsParameters header.
        scenarios.put("from(\"timer:new-orders", routes -> {
            MockEndpoint orders = routes.mock("file:orders");
            orders.expectedMessageCount(1);
            assertThat(routes.send("timer:new-orders", null, Map.of()).getException()).isNull();
            orders.assertIsSatisfied();
            assertThat(orders.getExchanges().get(0).getMessage().getBody(String.class)).contains("<ListOrdersResult>");
            assertThat(received(r -> true)).singleElement().satisfies(request -> assertThat(request.parameters())
                    .containsEntry("OrderStatus.Status.1", "Unshipped").containsEntry("OrderStatus.Status.2", "PartiallyShipped")
                    .containsKey("LastUpdatedAfter"));
        });
        // Guide 2, parameters in YAML: one CamelMwsParam.<Name> header per message, one static endpoint.
        scenarios.put("uri: direct:orders-since", routes -> {
            MockEndpoint orders = routes.mock("file:orders");
            orders.expectedMessageCount(2);
            String[] since = {Instant.now().minus(3, ChronoUnit.HOURS).toString(), Instant.now().minus(1, ChronoUnit.HOURS).toString()};
            for (String start : since) {
                assertThat(routes.send("direct:orders-since", null, Map.of("since", start)).getException()).isNull();
            }
            orders.assertIsSatisfied();
            assertThat(received(r -> true)).extracting(request -> request.parameters().get("LastUpdatedAfter")).containsExactly(since);
            assertThat(received(r -> true)).allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
        });
        // Guide 3: paging by hand hands every page on, the last one too.
        scenarios.put("from(\"direct:all-orders\")", routes -> {
            SANDBOX.sandbox().orders().reseed(ORDERS_OVER_SEVERAL_PAGES, 7);
            try {
                MockEndpoint pages = routes.mock("seda:orders-page");
                Exchange done = routes.send("direct:all-orders", null, Map.of(MwsConstants.PARAMETERS,
                        Map.of("CreatedAfter", Instant.now().minus(60, ChronoUnit.DAYS))));
                assertThat(done.getException()).isNull();
                List<SandboxRequest> calls = received(r -> true);
                assertThat(calls).hasSizeGreaterThan(2).extracting(SandboxRequest::action).startsWith("ListOrders")
                        .containsOnly("ListOrders", "ListOrdersByNextToken");
                assertThat(pages.getReceivedCounter()).as("pages handed on, one per call").isEqualTo(calls.size());
                assertThat(orderIds(pages)).doesNotHaveDuplicates().hasSizeGreaterThan(100 * (calls.size() - 1));
            } finally {
                SANDBOX.sandbox().reset();
            }
        });
        // Guide 3: autoPaginate, one page in memory at a time.
        scenarios.put("from(\"timer:all-orders", routes -> {
            SANDBOX.sandbox().orders().reseed(ORDERS_OVER_SEVERAL_PAGES, 7);
            try {
                MockEndpoint pages = routes.mock("file:orders");
                assertThat(routes.send("timer:all-orders", null, Map.of()).getException()).isNull();
                int calls = received(r -> true).size();
                assertThat(calls).isGreaterThan(2);
                assertThat(pages.getExchanges()).extracting(e -> e.getMessage().getHeader(MwsConstants.PAGE_NUMBER, Integer.class))
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, calls).boxed().toList());
                assertThat(orderIds(pages)).doesNotHaveDuplicates();
            } finally {
                SANDBOX.sandbox().reset();
            }
        });
        // Guide 3: resultFormat=MODEL, split into one typed Order per exchange.
        scenarios.put("from(\"timer:typed-orders", routes -> {
            MockEndpoint orders = routes.mock("seda:typed-orders");
            assertThat(routes.send("timer:typed-orders", null, Map.of()).getException()).isNull();
            assertThat(received(r -> true)).singleElement().satisfies(request -> assertThat(request.action()).isEqualTo("ListOrders"));
            assertThat(orders.getExchanges()).isNotEmpty().allSatisfy(exchange -> {
                Order order = exchange.getMessage().getBody(Order.class);
                assertThat(order.amazonOrderId()).matches("\\d{3}-\\d{7}-\\d{7}");
                assertThat(exchange.getMessage().getHeader("status")).isEqualTo(order.orderStatus()).isNotEqualTo(OrderStatus.UNKNOWN);
                if (order.orderTotal() != null) {
                    assertThat(exchange.getMessage().getHeader("total")).isEqualTo(order.orderTotal().amount());
                }
            });
        });
        // Guide 3: resultFormat=ROWS, a Japanese listings report split into one row map per exchange.
        scenarios.put("from(\"direct:listing-report\")", routes -> {
            ProducerTemplate mws = routes.context().createProducerTemplate();
            String requested = mws.requestBody("mws:RequestReport?reportType=_GET_MERCHANT_LISTINGS_DATA_&marketplaceId=A1VC38T7YXB528", null,
                    String.class);
            String requestId = requested.replaceAll("(?s).*<ReportRequestId>(\\d+)</ReportRequestId>.*", "$1");
            SANDBOX.sandbox().advanceClock(Duration.ofMinutes(2));
            String list = mws.requestBodyAndHeader("mws:GetReportRequestList", null, MwsConstants.PARAM_PREFIX + "ReportRequestIdList",
                    List.of(requestId), String.class);
            String reportId = list.replaceAll("(?s).*<GeneratedReportId>(\\d+)</GeneratedReportId>.*", "$1");
            MockEndpoint rows = routes.mock("seda:listing-rows");

            assertThat(routes.send("direct:listing-report", null, Map.of("reportId", reportId)).getException()).isNull();

            List<String> skus = SANDBOX.sandbox().listings().inMarketplace("A1VC38T7YXB528").stream()
                    .filter(listing -> "AFN".equals(listing.fulfillmentChannel()) || listing.quantity() > 0)
                    .map(io.camelmws.sandbox.orders.Listing::sellerSku).toList();
            assertThat(skus).isNotEmpty();
            assertThat(rows.getExchanges()).extracting(e -> e.getMessage().getHeader("sku", String.class)).containsExactlyInAnyOrderElementsOf(skus);
            assertThat(rows.getExchanges()).allSatisfy(e -> assertThat(e.getMessage().getBody(Map.class)).containsKeys("item-name", "price"));
        });
        // Guide 3: the mws data format, MWS XML from a file to typed JSON per order.
        scenarios.put("from(\"file:mws-archive", routes -> {
            ProducerTemplate mws = routes.context().createProducerTemplate();
            String page = mws.requestBodyAndHeader("mws:ListOrders?marketplaceId=ATVPDKIKX0DER", null, MwsConstants.PARAM_PREFIX + "CreatedAfter",
                    Instant.now().minus(2, ChronoUnit.DAYS), String.class);
            int orders = page.split("<Order>", -1).length - 1;
            MockEndpoint json = routes.mock("seda:orders-json");

            assertThat(routes.send("file:mws-archive", page, Map.of()).getException()).isNull();

            assertThat(orders).isPositive();
            assertThat(json.getExchanges()).hasSize(orders).allSatisfy(e -> assertThat(e.getMessage().getBody(String.class))
                    .startsWith("{\"AmazonOrderId\":").contains("\"PurchaseDate\":\""));
        });
        // Guide 5: a flat-file feed from a directory, encoded and declared in the marketplace's charset.
        scenarios.put("from(\"file:feeds/price", routes -> {
            // As the file consumer hands it on: the file's bytes, in the charset its charset option names.
            String feed = "sku\tprice\tquantity\nGRÜNTEE-1\t9.99\t3\n";
            Exchange done = routes.send("file:feeds/price", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Map.of(Exchange.CHARSET_NAME, "UTF-8"));
            assertThat(done.getException()).isNull();
            assertThat(SANDBOX.sandbox().feeds().all()).last().satisfies(received -> {
                assertThat(received.contentType()).isEqualTo("text/tab-separated-values; charset=ISO-8859-1");
                assertThat(received.content()).isEqualTo(feed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            });
            assertThat(received(r -> true)).singleElement().satisfies(request -> {
                assertThat(request.action()).isEqualTo("SubmitFeed");
                assertThat(request.status()).isEqualTo(200);
                assertThat(request.parameters()).containsEntry("FeedType", "_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_")
                        .containsEntry("MarketplaceIdList.Id.1", "A1PA6795UKMFR9");
            });
        });
    }

    /** The AmazonOrderIds on the pages a mock received. */
    private static List<String> orderIds(MockEndpoint pages) {
        List<String> ids = new ArrayList<>();
        for (Exchange page : pages.getExchanges()) {
            Matcher id = Pattern.compile("<AmazonOrderId>([^<]+)</AmazonOrderId>").matcher(page.getMessage().getBody(String.class));
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    /** {@code {{env:NAME}}} as the docs' deployment would have it, without touching the JVM's environment. */
    private static final class StandInEnvironment implements PropertiesFunction {
        @Override
        public String getName() {
            return "env";
        }

        @Override
        public String apply(String name) {
            String value = ENVIRONMENT.get(name);
            if (value == null) {
                throw new IllegalArgumentException("The docs' stand-in environment has no " + name);
            }
            return value;
        }
    }
}
