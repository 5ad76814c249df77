package io.camelmws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.catalog.Section;
import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.Xml;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which path and Action reach what, and how MWS words it when nothing does. */
class SandboxRoutingTest {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension();

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    static Stream<Section> sectionsWithServiceStatus() {
        return SectionCatalog.standard().sections().stream().filter(s -> s.hasOperation("GetServiceStatus"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionsWithServiceStatus")
    void answersGetServiceStatusInTheSectionsNamespace(Section section) {
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path(section.path())
                .action("GetServiceStatus").send();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
        assertThat(response.body()).startsWith("<?xml version=\"1.0\"?>\n<GetServiceStatusResponse xmlns=\"");
        Xml xml = Xml.parse(response.body());
        assertThat(xml.rootName()).isEqualTo("GetServiceStatusResponse");
        assertThat(xml.rootNamespace()).isEqualTo(section.namespace());
        assertThat(xml.namespaceOf("Status")).isEqualTo(section.namespace());
        assertThat(xml.text("Status")).isEqualTo("GREEN");
        String requestId = response.headers().firstValue("x-mws-request-id").orElseThrow();
        assertThat(requestId).matches(UUID);
        assertThat(xml.text("RequestId")).isEqualTo(requestId);
        String timestamp = response.headers().firstValue("x-mws-timestamp").orElseThrow();
        assertThat(timestamp).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(xml.text("Timestamp")).isEqualTo(timestamp);
        assertThat(Instant.parse(timestamp)).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                1, ChronoUnit.MINUTES));
        assertThat(response.headers().firstValue("x-mws-response-context")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/Feeds/2009-01-01", "/Reports/2009-01-01"})
    void feedsAndReportsHaveNoGetServiceStatus(String path) {
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path(path).without("SellerId")
                .param("Merchant", SANDBOX.sellerId()).action("GetServiceStatus").send();

        assertThat(response.statusCode()).isEqualTo(404);
        Xml xml = Xml.parse(response.body());
        assertThat(xml.text("Code")).isEqualTo("InvalidAddress");
        assertThat(xml.text("Message")).startsWith("Operation GetServiceStatus is not available for section ")
                .endsWith("/2009-01-01");
        assertThat(xml.rootNamespace()).isEqualTo("http://mws.amazonaws.com/doc/2009-01-01/");
    }

    @Test
    void refusesAnUnknownPathInTheGatewayNamespace() {
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path("/Sellers").send();

        assertThat(response.statusCode()).isEqualTo(404);
        Xml xml = Xml.parse(response.body());
        assertThat(xml.rootNamespace()).isEqualTo("https://mws.amazonservices.com/");
        assertThat(xml.text("Code")).isEqualTo("InvalidAddress");
        assertThat(xml.text("Message"))
                .isEqualTo("Resource /Sellers/ is not found on this server. API Version is missing");
        assertThat(xml.text("RequestID")).isEqualTo(response.headers().firstValue("x-mws-request-id").orElseThrow());
        assertThat(SANDBOX.sandbox().requests().get(0).errorCode()).isEqualTo("InvalidAddress");
    }

    @Test
    void refusesAnUnknownVersion() {
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path("/Orders/2011-01-01").send();
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Xml.parse(response.body()).text("Message")).contains("/Orders/2011-01-01");
    }

    @Test
    void refusesAnActionTheSectionDoesNotHave() {
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path("/ShipmentInvoicing/2018-09-01")
                .action("ListOrders").send();

        assertThat(response.statusCode()).isEqualTo(404);
        Xml xml = Xml.parse(response.body());
        assertThat(xml.text("Code")).isEqualTo("InvalidAddress");
        assertThat(xml.text("Message"))
                .isEqualTo("Operation ListOrders is not available for section ShipmentInvoicing/2018-09-01");
        assertThat(xml.rootNamespace()).isEqualTo("https://mws.amazonservices.com/ShipmentInvoicing/2018-09-01");
    }

    static Stream<String> everyOperation() {
        return SectionCatalog.standard().sections().stream()
                .flatMap(section -> section.operations().stream().sorted().map(action -> section.name() + " "
                        + action));
    }

    /**
     * Issue 14: every operation the catalog knows is simulated. Sent bare, each answers its own result or the error
     * of its handler (a missing parameter, most often), never the gateway's "not simulated" InvalidRequest, which is
     * kept for an operation added to the catalog before its handler.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void simulatesEveryOperationTheCatalogKnows(String sectionAndAction) {
        String[] parts = sectionAndAction.split(" ");
        Section section = SectionCatalog.standard().section(parts[0]);
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path(section.path()).action(parts[1])
                .send();

        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        Xml xml = Xml.parse(response.body());
        assertThat(xml.rootNamespace()).isEqualTo(section.namespace());
        if (response.statusCode() != 200) {
            assertThat(xml.text("Message")).as(response.body()).doesNotContain("is not simulated");
        }
    }

    @Test
    void authenticatesBeforeSayingAnOperationIsNotSimulated() {
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path("/").action("SubmitFeed")
                .secretKey("wrong").send();
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Xml.parse(response.body()).text("Code")).isEqualTo("SignatureDoesNotMatch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/Feeds/2009-01-01", "/Reports/2009-01-01"})
    void dispatchesFeedsAndReportsOnActionAtEachOfTheirPaths(String path) {
        // One operation of each section (both are simulated; see the feeds and reports packages' tests).
        for (String action : new String[] {"GetFeedSubmissionCount", "GetReportRequestCount"}) {
            HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).path(path).without("SellerId")
                    .param("Merchant", SANDBOX.sellerId()).action(action).send();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Xml xml = Xml.parse(response.body());
            assertThat(xml.rootName()).isEqualTo(action + "Response");
            assertThat(xml.text("Count")).isNotNull();
            assertThat(xml.rootNamespace()).isEqualTo("http://mws.amazonaws.com/doc/2009-01-01/");
        }
    }

    @Test
    void refusesMethodsOtherThanGetAndPost() {
        HttpResponse<String> response = SignedRequest.to(SANDBOX.sandbox()).method("PUT").send();
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Xml.parse(response.body()).text("Message")).contains("PUT");
    }
}
