package io.camelmws.sandbox.orders;

import io.camelmws.sandbox.MwsSandbox;
import io.camelmws.sandbox.support.SignedRequest;
import io.camelmws.sandbox.support.TestSandboxes;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Signed calls to a sandbox's Orders and Sellers sections over a real socket, and what came back, parsed strictly. */
final class OrdersCalls {

    static final String ORDERS_NS = "https://mws.amazonservices.com/Orders/2013-09-01";
    static final String SELLERS_NS = "https://mws.amazonservices.com/Sellers/2011-07-01";
    static final String US = "ATVPDKIKX0DER";
    static final String DE = "A1PA6795UKMFR9";
    static final String JP = "A1VC38T7YXB528";

    private OrdersCalls() {
    }

    /** A started sandbox with the test credentials and no throttling (tests page fast), plus {@code options}. */
    static MwsSandbox start(UnaryOperator<MwsSandbox.Builder> options) {
        return builder(options).build().start();
    }

    /** The builder {@link #start} starts. */
    static MwsSandbox.Builder builder(UnaryOperator<MwsSandbox.Builder> options) {
        return options.apply(TestSandboxes.withDefaultCredentials()
                .throttling(false));
    }

    /** Calls {@code action} of Orders with name/value pairs. */
    static Answer orders(MwsSandbox sandbox, String action, String... namesAndValues) {
        return send(SignedRequest.to(sandbox).action(action), namesAndValues);
    }

    static Answer sellers(MwsSandbox sandbox, String action, String... namesAndValues) {
        return send(SignedRequest.to(sandbox).path("/Sellers/2011-07-01").action(action), namesAndValues);
    }

    private static Answer send(SignedRequest request, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        HttpResponse<String> response = request.send();
        return new Answer(response.statusCode(), response.headers().firstValue("x-mws-request-id").orElse(null),
                response.body());
    }

    /** Every order of a ListOrders query, following NextTokens; each order as its leaf paths and texts. */
    static List<Map<String, String>> listAllOrders(MwsSandbox sandbox, String... namesAndValues) {
        List<Map<String, String>> orders = new ArrayList<>();
        Answer page = orders(sandbox, "ListOrders", namesAndValues).assertOk();
        orders.addAll(page.records("Order"));
        while (page.text("NextToken") != null) {
            page = orders(sandbox, "ListOrdersByNextToken", "NextToken", page.text("NextToken")).assertOk();
            orders.addAll(page.records("Order"));
        }
        return orders;
    }

    /** One answer: status, the x-mws-request-id header, the body and its namespace-aware DOM. */
    record Answer(int status, String requestIdHeader, String body, Document document) {

        Answer(int status, String requestIdHeader, String body) {
            this(status, requestIdHeader, body, parse(body));
        }

        Answer assertOk() {
            if (status != 200) {
                throw new AssertionError("Expected 200, got " + status + ": " + body);
            }
            return this;
        }

        String rootName() {
            return document.getDocumentElement().getLocalName();
        }

        String rootNamespace() {
            return document.getDocumentElement().getNamespaceURI();
        }

        /** Text of the first element with this local name, or null. */
        String text(String localName) {
            NodeList nodes = document.getElementsByTagNameNS("*", localName);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        List<String> texts(String localName) {
            NodeList nodes = document.getElementsByTagNameNS("*", localName);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }

        /** Every element with this local name, as a map of leaf path (e.g. {@code ShippingAddress/City}) to text. */
        List<Map<String, String>> records(String localName) {
            NodeList nodes = document.getElementsByTagNameNS("*", localName);
            List<Map<String, String>> records = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Map<String, String> record = new LinkedHashMap<>();
                flatten((Element) nodes.item(i), "", record);
                records.add(record);
            }
            return records;
        }

        /** Every element in the document is in {@code namespace}. */
        boolean allIn(String namespace) {
            NodeList nodes = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < nodes.getLength(); i++) {
                if (!namespace.equals(nodes.item(i).getNamespaceURI())) {
                    return false;
                }
            }
            return true;
        }

        private static void flatten(Element element, String prefix, Map<String, String> into) {
            boolean leaf = true;
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element nested) {
                    leaf = false;
                    flatten(nested, prefix + nested.getLocalName() + "/", into);
                }
            }
            if (leaf && !prefix.isEmpty()) {
                into.put(prefix.substring(0, prefix.length() - 1), element.getTextContent());
            }
        }

        private static Document parse(String body) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("Not well-formed XML: " + body, e);
            }
        }
    }
}
