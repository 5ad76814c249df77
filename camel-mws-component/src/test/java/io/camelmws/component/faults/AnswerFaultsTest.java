package io.camelmws.component.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.camelmws.component.MwsConstants;
import io.camelmws.component.error.MwsException;
import io.camelmws.component.error.MwsUnreadableAnswerException;
import io.camelmws.component.throttle.ThrottlingMode;
import io.camelmws.sandbox.fault.FaultRule;
import io.camelmws.sandbox.junit.MwsSandboxExtension;
import io.camelmws.sandbox.log.SandboxRequest;

import static io.camelmws.component.faults.FaultRoutes.US;
import static io.camelmws.component.faults.FaultRoutes.faults;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requirements 6 and 8: answers are bounded (maxAnswerSize, with and without a Content-Length) and never expanded
 * (a DOCTYPE with entities, an entity reference no DTD declares).
 */
class AnswerFaultsTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSandboxExtension SANDBOX = new MwsSandboxExtension().withThrottling(false);

    static final String ORDERS_NS = "https://mws.amazonservices.com/Orders/2013-09-01";
    static final String LIST_ORDERS = "mws:ListOrders?marketplaceId=" + US + "&retryDelay=10";
    static final Map<String, Object> CREATED_AFTER = Map.of("CreatedAfter", Instant.parse("2020-01-01T00:00:00Z"));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("mws", FaultRoutes.component(SANDBOX, ThrottlingMode.OFF, 1));
        return context;
    }

    /** A well-formed GetServiceStatus answer of more than {@code bytes} bytes. */
    static String bigStatusAnswer(int bytes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<GetServiceStatusResponse xmlns=\"" + ORDERS_NS
                                              + "\"><GetServiceStatusResult><Status>YELLOW</Status><Messages>");
        int i = 0;
        while (xml.length() < bytes) {
            xml.append("<Message><Locale>en_US</Locale><Text>Degraded service, message ").append(i++).append("</Text></Message>");
        }
        return xml.append("</Messages></GetServiceStatusResult><ResponseMetadata><RequestId>big-1</RequestId></ResponseMetadata>")
                .append("</GetServiceStatusResponse>").toString();
    }

    static String listOrdersWithNextToken(String token) {
        return "<?xml version=\"1.0\"?>\n<ListOrdersResponse xmlns=\"" + ORDERS_NS + "\"><ListOrdersResult><NextToken>" + token
               + "</NextToken><CreatedBefore>2020-01-02T00:00:00Z</CreatedBefore><Orders/></ListOrdersResult>"
               + "<ResponseMetadata><RequestId>tok-1</RequestId></ResponseMetadata></ListOrdersResponse>";
    }

    @Test
    void anAnswerLargerThanMaxAnswerSizeFailsNamingTheOption() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(200, "text/xml", bigStatusAnswer(100 * 1024)).always());

        Exchange exchange = FaultRoutes.send(template, "mws:GetServiceStatus?section=Orders&retryDelay=10&maxAnswerSize=65536", null);

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsException.class, e -> assertThat(e.getMessage())
                .contains("maxAnswerSize (65536 bytes)").contains("declared"));
        assertThat(faults(SANDBOX.sandbox().requests())).containsExactly("rawResponse");

        // The same answer under the default bound is read whole: the document itself is fine.
        Exchange whole = FaultRoutes.send(template, "mws:GetServiceStatus?section=Orders&retryDelay=10", null);
        assertThat(whole.getException()).isNull();
        assertThat(whole.getMessage().getBody(String.class)).contains("<Status>YELLOW</Status>");
    }

    /**
     * The sandbox answers faults with a Content-Length; a chunked answer comes from a loopback stub instead (see the
     * report: the sandbox lacks a chunked raw answer).
     */
    @Test
    void aChunkedAnswerLargerThanMaxAnswerSizeFailsNamingTheOption() throws Exception {
        byte[] body = bigStatusAnswer(100 * 1024).getBytes(StandardCharsets.UTF_8);
        AtomicInteger served = new AtomicInteger();
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", http -> {
            served.incrementAndGet();
            http.getRequestBody().readAllBytes();
            http.getResponseHeaders().set("Content-Type", "text/xml");
            http.sendResponseHeaders(200, 0); // 0: chunked
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            } catch (IOException clientWentAway) {
                // the component stops reading at the bound
            }
        });
        stub.start();
        try {
            String endpoint = "http://127.0.0.1:" + stub.getAddress().getPort();
            Exchange exchange = FaultRoutes.send(template, "mws:GetServiceStatus?section=Orders&retryDelay=10&maxAnswerSize=65536&endpoint="
                                                           + endpoint, null);

            assertThat(exchange.getException()).isInstanceOfSatisfying(MwsException.class, e -> assertThat(e.getMessage())
                    .contains("more than 65536 bytes").contains("maxAnswerSize"));
            assertThat(served).hasValue(1);
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void aBillionLaughsAnswerIsRefusedNotExpanded() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
                        + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                        + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                        + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                        + " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n]>\n"
                        + "<GetServiceStatusResponse xmlns=\"" + ORDERS_NS + "\"><GetServiceStatusResult><Status>&lol9;</Status>"
                        + "</GetServiceStatusResult><ResponseMetadata><RequestId>lol-1</RequestId></ResponseMetadata></GetServiceStatusResponse>";
        SANDBOX.sandbox().faults().add(FaultRule.forAction("GetServiceStatus").rawResponse(200, "text/xml", laughs).always());

        Exchange exchange = FaultRoutes.send(template, "mws:GetServiceStatus?section=Orders&retryDelay=10&maxRetries=1", null);

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsUnreadableAnswerException.class, e -> assertThat(e.getMessage())
                .contains("DOCTYPE").doesNotContain("lollollol"));
        assertThat(exchange.getMessage().getBody(String.class)).isNull();
        assertThat(faults(SANDBOX.sandbox().requests())).containsExactly("rawResponse", "rawResponse");
    }

    @Test
    void anUndeclaredEntityInAValueIsRefusedNotSilentlyDropped() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml", listOrdersWithNextToken("a&xxe;b")).always());

        Exchange exchange = FaultRoutes.send(template, LIST_ORDERS + "&maxRetries=0", null, CREATED_AFTER);

        assertThat(exchange.getMessage().getHeader(MwsConstants.NEXT_TOKEN)).as("never altered to 'ab'").isNull();
        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsUnreadableAnswerException.class,
                e -> assertThat(e.getMessage()).contains("xxe"));
        assertThat(SANDBOX.sandbox().requests()).extracting(SandboxRequest::action).containsExactly("ListOrders");
    }

    @Test
    void thePredefinedEntitiesStillReadAsTheCharactersTheyStandFor() {
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml",
                listOrdersWithNextToken("a&amp;b&lt;c&#x41;")).always());

        Exchange exchange = FaultRoutes.send(template, LIST_ORDERS + "&maxRetries=0", null, CREATED_AFTER);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(MwsConstants.NEXT_TOKEN)).isEqualTo("a&b<cA");
    }

    /**
     * Answers cut or damaged inside, each with a right Content-Length and its root's end tag in place: neither HTTP
     * nor a look at the answer's ends would notice. Each is read to its end and refused, never handed on.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<Orders/></ListOrdersResult>",
        "<Orders><Order></Orders>",
        "<Orders>a]]>b</Orders>",
        "<Orders>\u0001</Orders>",
        "<Orders a='1' a='2'/>",
        "<Orders>&#xFFFE;</Orders>",
        "<Orders>&nbsp;</Orders>",
    })
    void anAnswerMalformedInsideIsRefusedAndNothingIsHandedOn(String inside) {
        String answer = listOrdersWithNextToken("tok").replace("<Orders/>", inside);
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml", answer).always());

        Exchange exchange = FaultRoutes.send(template, LIST_ORDERS + "&maxRetries=0", null, CREATED_AFTER);

        assertThat(exchange.getException()).isInstanceOf(MwsUnreadableAnswerException.class);
        assertThat(exchange.getMessage().getBody(String.class)).isNull();
        assertThat(exchange.getMessage().getHeader(MwsConstants.NEXT_TOKEN)).isNull();
    }

    /** Well-formed XML of a shape MWS does not send (a comment, CDATA, a prefix) is read the general way and handed on. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<!-- mended by a proxy --><Orders/>",
        "<Orders><![CDATA[<Order/>]]></Orders>",
        "<o:Orders xmlns:o='urn:other'/>",
    })
    void wellFormedAnswersOfAnUnusualShapeAreStillHandedOnWhole(String inside) {
        String answer = listOrdersWithNextToken("tok-2").replace("<Orders/>", inside);
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml", answer).always());

        Exchange exchange = FaultRoutes.send(template, LIST_ORDERS + "&maxRetries=0", null, CREATED_AFTER);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(answer);
        assertThat(exchange.getMessage().getHeader(MwsConstants.NEXT_TOKEN)).isEqualTo("tok-2");
    }

    /** Bytes that are not UTF-8 would come out of a lenient decoding as U+FFFD: the answer is refused instead. */
    @Test
    void anAnswerThatIsNotValidUtf8IsRefusedNotHandedOnWithReplacementCharacters() {
        byte[] good = listOrdersWithNextToken("tok").replace("<Orders/>", "<Orders><Order><BuyerName>Ren\u00e9e</BuyerName></Order></Orders>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int accent = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Ren") + 3;
        bad[accent + 1] = '(';  // 0xC3 0x28: a lead byte whose continuation is missing
        SANDBOX.sandbox().faults().add(FaultRule.forAction("ListOrders").rawResponse(200, "text/xml; charset=UTF-8", bad).always());

        Exchange exchange = FaultRoutes.send(template, LIST_ORDERS + "&maxRetries=0", null, CREATED_AFTER);

        assertThat(exchange.getException()).isInstanceOfSatisfying(MwsUnreadableAnswerException.class,
                e -> assertThat(e.getMessage()).contains("not valid UTF-8 (at offset " + accent + ")"));
        assertThat(exchange.getMessage().getBody(String.class)).isNull();
    }
}
