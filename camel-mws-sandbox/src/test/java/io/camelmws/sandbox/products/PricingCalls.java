package io.camelmws.sandbox.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSandboxes;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Signed Products calls over a socket, and the per-item results of their answers read namespace-aware. */
final class PricingCalls {

    static final String NS = "http://mws.amazonservices.com/schema/Products/2011-10-01";
    static final String NS2 = "http://mws.amazonservices.com/schema/Products/2011-10-01/default.xsd";
    static final String US = "ATVPDKIKX0DER";
    static final String DE = "A1PA6795UKMFR9";

    private PricingCalls() {
    }

    static MwsSandbox start(long seed) {
        return TestSandboxes.withDefaultCredentials()
                .throttling(false).orders(0).seed(seed)
                .build().start();
    }

    /** {@code action} for {@code ids} in {@code marketplaceId}; {@code extra} are name, value pairs. */
    static HttpResponse<String> call(MwsSandbox sandbox, String action, String marketplaceId, List<String> ids,
                                     String... extra) {
        SignedRequest request = SignedRequest.to(sandbox).path("/Products/2011-10-01").action(action);
        if (marketplaceId != null) {
            request.param("MarketplaceId", marketplaceId);
        }
        String prefix = action.endsWith("ForSKU") ? "SellerSKUList.SellerSKU." : "ASINList.ASIN.";
        for (int i = 0; i < ids.size(); i++) {
            request.param(prefix + (i + 1), ids.get(i));
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return request.send();
    }

    /** The answer's per-item result elements, after checking the envelope. */
    static List<Element> results(HttpResponse<String> response, String action) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Document document = parse(response.body());
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo(action + "Response");
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(text(root, "ResponseMetadata/RequestId"))
                .isEqualTo(response.headers().firstValue("x-mws-request-id").orElseThrow());
        List<Element> results = children(root, action + "Result");
        for (Element result : results) {
            assertThat(result.getNamespaceURI()).isEqualTo(NS);
        }
        return results;
    }

    /** The root of an error answer. */
    static Element error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Element root = parse(response.body()).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("ErrorResponse");
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        return root;
    }

    /** The text at a slash-separated path of child names, or {@code null} when a step is missing. */
    static String text(Element from, String path) {
        Element at = element(from, path);
        return at == null ? null : at.getTextContent().trim();
    }

    static Element element(Element from, String path) {
        Element at = from;
        for (String step : path.split("/")) {
            List<Element> found = children(at, step);
            if (found.isEmpty()) {
                return null;
            }
            at = found.get(0);
        }
        return at;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element child && localName.equals(child.getLocalName())) {
                found.add(child);
            }
        }
        return found;
    }

    /** The body without its request id, to compare two answers. */
    static String withoutRequestId(String body) {
        return body.replaceAll("<RequestId>[^<]*</RequestId>", "");
    }

    private static Document parse(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + body, e);
        }
    }
}
