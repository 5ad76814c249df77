package io.camelmws.examples.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.camelmws.component.MwsComponent;
import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.log.SandboxRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring Boot application as deployed: application.yaml as shipped, the environment variables it reads given
 * here (Spring resolves {@code ${MWS_SECRET_KEY}} from the environment or, as in this test, from properties of that
 * name), against a sandbox over a socket.
 */
@SpringBootTest(properties = "camel.springboot.main-run-controller=false")
class OrdersApplicationTest {

    private static final MwsSandbox SANDBOX = MwsSandbox.builder().port(0).accessKey("AKIASPRINGBOOT000001").secretKey("spring+boot/secret")
            .sellerId("A2SPRINGSELLER").timeScale(60).build().start();
    private static final Path ORDERS = createDirectory();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry environment) {
        environment.add("MWS_ENDPOINT", SANDBOX::baseUrl);
        environment.add("MWS_ACCESS_KEY", SANDBOX::accessKey);
        environment.add("MWS_SECRET_KEY", SANDBOX::secretKey);
        environment.add("MWS_SELLER_ID", SANDBOX::sellerId);
        environment.add("MWS_TIME_SCALE", () -> "60");
        environment.add("ORDERS_DIRECTORY", ORDERS::toString);
    }

    @Autowired
    CamelContext camel;

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Test
    void theOrdersOfTheLastDayAreWrittenOneFilePerVersionByTheComponentApplicationYamlConfigured() throws Exception {
        MwsComponent mws = camel.getComponent("mws", MwsComponent.class);
        assertThat(mws.getConfiguration().getSellerId()).isEqualTo("A2SPRINGSELLER");
        assertThat(mws.getConfiguration().getApplicationName()).isEqualTo("camel-mws-spring-boot-example");

        // The first poll: every order updated in the window ListOrders answered; bounded, not timed.
        SandboxRequest listed = awaitListOrders();
        Instant after = Instant.parse(listed.parameter("LastUpdatedAfter"));
        Instant before = listed.receivedAt().minus(Duration.ofMinutes(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Set<String> served = SANDBOX.orders().ordersUpdatedBetween(after, before, listed.receivedAt()).stream()
                .filter(o -> o.marketplaceId().equals("ATVPDKIKX0DER"))
                .map(o -> o.amazonOrderId() + "@" + o.lastUpdateDate().getEpochSecond()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).isNotEmpty();
        Set<String> written = awaitFiles(served.size());
        assertThat(written).isEqualTo(served);
        assertThat(listed.userAgent()).startsWith("camel-mws-spring-boot-example/");
        assertThat(Files.readString(ORDERS.resolve(served.iterator().next().replace('@', '/') + ".json"))).startsWith("{\"AmazonOrderId\":");
        assertThat(ORDERS.resolve(".state/orders.state")).exists();
    }

    private static SandboxRequest awaitListOrders() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var answered = SANDBOX.requests().stream().filter(r -> "ListOrders".equals(r.action()) && r.status() == 200).findFirst();
            if (answered.isPresent()) {
                return answered.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No ListOrders answered in 30 s; the sandbox saw " + SANDBOX.requests());
    }

    private static Set<String> awaitFiles(int expected) throws IOException, InterruptedException {
        Set<String> written = Set.of();
        for (int i = 0; i < 300 && written.size() < expected; i++) {
            Thread.sleep(100);
            written = files();
        }
        return written;
    }

    private static Set<String> files() throws IOException {
        try (Stream<Path> files = Files.walk(ORDERS)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json"))
                    .map(f -> f.getParent().getFileName() + "@" + f.getFileName().toString().replace(".json", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("mws-spring-boot-orders");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
